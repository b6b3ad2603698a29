package org.finops.certification.command.web;

import org.finops.certification.support.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration {
    /** Spring Security's filter chain is at -100: the command transaction starts once the caller is known. */
    private static final int AFTER_SECURITY = -99;

    @Bean
    FilterRegistrationBean<CommandTransactionFilter> commandTransactionFilter(
            TransactionTemplate transactions, IdempotencyRecords records, Problems problems,
            @Value("${cert.http.max-body-bytes:65536}") int maxBodyBytes) {
        FilterRegistrationBean<CommandTransactionFilter> registration = new FilterRegistrationBean<>(
                new CommandTransactionFilter(transactions, records, problems, maxBodyBytes));
        registration.setOrder(AFTER_SECURITY);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
