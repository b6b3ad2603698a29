package org.finops.certification.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a request body larger than the limit before anything parses it (a command; on the query side a
 * verification, which anyone may send), and keeps the body it read, so that the command side's Idempotency-Key
 * digest covers exactly what the controller bound ({@link CachedBodyRequest#bodyOf}). A file upload (a POST to a
 * path ending in {@code /imports}) may carry more: {@code cert.http.max-import-bytes}, 1 MB.
 */
@Configuration(proxyBeanMethods = false)
public class BodyLimit {
    // after Spring Security's filters: an anonymous caller is refused before its body is read
    private static final int AFTER_SECURITY = -99;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bodyLimitFilter(
            Problems problems, @Value("${cert.http.max-body-bytes:65536}") int maxBodyBytes,
            @Value("${cert.http.max-import-bytes:1048576}") int maxImportBytes) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                of(problems, maxBodyBytes, maxImportBytes));
        registration.setOrder(AFTER_SECURITY);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    static OncePerRequestFilter of(Problems problems, int maxBodyBytes, int maxImportBytes) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !request.getRequestURI().startsWith("/api/") || "GET".equals(request.getMethod())
                        || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                int limit = request.getRequestURI().endsWith("/imports") ? maxImportBytes : maxBodyBytes;
                Optional<byte[]> body = LimitedBody.read(request, limit);
                if (body.isEmpty()) {
                    problems.write(response, problems.invalidInput(Map.of("body",
                            "is larger than the " + limit + " bytes a request may carry")));
                    return;
                }
                chain.doFilter(new CachedBodyRequest(request, body.get()), response);
            }
        };
    }
}
