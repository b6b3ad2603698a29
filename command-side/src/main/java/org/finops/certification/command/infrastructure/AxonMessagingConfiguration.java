package org.finops.certification.command.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.finops.certification.command.execution.AuditCorrelation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Named like Axon's default provider so that it replaces it: ours sets the correlation id itself. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new AuditCorrelation();
    }

    @Bean
    public ConfigurerModule commandMetrics(MeterRegistry meters) {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(() ->
                configuration.commandBus().registerHandlerInterceptor(new CommandMetrics(meters))));
    }

    /**
     * Axon's default logs a failing event handler and moves on. Here that would commit a command without its
     * lookup rows, or advance the publisher past an event Kafka never took: every handler failure propagates, so
     * the command fails or the publication batch is retried.
     */
    @Bean
    public ConfigurerModule handlerFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Members kept between commands ({@code cert.member-cache.size}, 0 for none): a command then neither reads the
     * snapshot nor replays events, whatever the member's history.
     */
    @Bean
    public Cache memberCache(@Value("${cert.member-cache.size}") int size) {
        return size > 0 ? new MemberCache(size) : NoCache.INSTANCE;
    }

    /** A member collects an event per recorded credential, so its history grows long: snapshot it. */
    @Bean
    public SnapshotTriggerDefinition memberSnapshotTrigger(Snapshotter snapshotter,
                                                           @Value("${cert.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
