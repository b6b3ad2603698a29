package org.finops.certification.command.publication;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicationSettings.class)
public class PublicationConfiguration {

    @Bean
    CloudEventMapping cloudEventMapping(JsonMapper json, PublicationSettings settings) {
        return new CloudEventMapping(json, settings.eventsTopic());
    }
}
