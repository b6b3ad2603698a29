package org.finops.certification.command.infrastructure;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Named like Axon's default provider so that it replaces it: ours sets the correlation id itself. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new AuditCorrelation();
    }
}
