package org.finops.certification.query.position;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Queries that depend on "now" (due within, current credentials) read it here, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
