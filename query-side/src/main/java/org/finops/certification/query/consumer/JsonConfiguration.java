package org.finops.certification.query.consumer;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/**
 * The query side's one {@code JsonMapper} (Boot's, which the controllers write with) reads as a tolerant reader: an
 * event or a stored document with a field this version does not know yet is read, not refused. The credentials keep
 * a mapper of their own ({@code CredentialJson}): what is signed must not change with the app's settings.
 */
@Configuration
class JsonConfiguration {
    @Bean
    JsonMapperBuilderCustomizer tolerantReader() {
        return builder -> builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
