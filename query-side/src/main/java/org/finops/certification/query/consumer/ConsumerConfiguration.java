package org.finops.certification.query.consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A batch that cannot be applied is retried until it can, never skipped. Spring Kafka's default gives up after ten
 * attempts and moves on; the next batch would then store an offset past the skipped events and the views would
 * miss them for good. What fails here is the database (unreadable payloads are recorded, not thrown), so waiting
 * for it is right; the growing lag shows in the health endpoint meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class ConsumerConfiguration {

    @Bean
    CommonErrorHandler retryUntilApplied() {
        ExponentialBackOff backOff = new ExponentialBackOff(100, 2.0);
        backOff.setMaxInterval(2_000);
        return new DefaultErrorHandler(backOff);
    }

    /**
     * The offsets that count live in PostgreSQL with the views ({@link LiveConsumer}); the group's offsets in Kafka
     * only show the lag to operators, so the consumer does not wait for the broker to store them before its next
     * poll (a round trip on every batch's way to the views).
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitWithoutWaiting() {
        return container -> container.getContainerProperties().setSyncCommits(false);
    }
}
