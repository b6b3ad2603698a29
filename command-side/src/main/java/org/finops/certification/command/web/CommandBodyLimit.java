package org.finops.certification.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.support.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a command body larger than the limit before anything parses it, and keeps the body it read so that the
 * Idempotency-Key's request digest ({@link CommandCalls}) covers exactly what the controller bound.
 */
final class CommandBodyLimit {
    private CommandBodyLimit() {
    }

    static OncePerRequestFilter of(Problems problems, int maxBodyBytes) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !request.getRequestURI().startsWith("/api/") || "GET".equals(request.getMethod())
                        || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                Optional<byte[]> body = LimitedBody.read(request, maxBodyBytes);
                if (body.isEmpty()) {
                    problems.write(response, problems.invalidInput(Map.of("body",
                            "is larger than the " + maxBodyBytes + " bytes a command may carry")));
                    return;
                }
                chain.doFilter(new CachedBodyRequest(request, body.get()), response);
            }
        };
    }
}
