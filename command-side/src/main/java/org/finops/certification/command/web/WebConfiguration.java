package org.finops.certification.command.web;

import org.finops.certification.support.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration {
    /** Spring Security's filter chain is at -100: an unknown caller is refused before its body is read. */
    private static final int AFTER_SECURITY = -99;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> commandBodyLimit(
            Problems problems, @Value("${cert.http.max-body-bytes:65536}") int maxBodyBytes) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                CommandBodyLimit.of(problems, maxBodyBytes));
        registration.setOrder(AFTER_SECURITY);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
