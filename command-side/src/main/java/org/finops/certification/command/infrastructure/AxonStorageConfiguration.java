package org.finops.certification.command.infrastructure;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.finops.certification.command.member.Member;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Axon's storage, declared here instead of left to Axon's auto-configuration: under Spring Boot 4 that can be
 * evaluated before Boot's DataSource and transaction set-up and back off silently, leaving Axon on a no-op
 * transaction manager. Declared beans win regardless of auto-configuration order.
 * <p>
 * The benchmark's {@code stock-axon} profile switches this off to measure the same app on Axon's stock Spring Boot
 * storage (JPA engine, XStream, defaults); see the bench module.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + AxonStorageConfiguration.STOCK_AXON_PROFILE)
public class AxonStorageConfiguration {
    public static final String STOCK_AXON_PROFILE = "stock-axon";

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return EventJson.serializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return EventJson.serializer();
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(GuardedEventStorageEngine.UNIQUE_VIOLATION);
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 EventSchema eventSchema) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(EventJson.serializer())
                .snapshotSerializer(EventJson.serializer())
                // a snapshot of an older shape of the member is passed over: the member is rebuilt from its events
                .snapshotFilter(RevisionSnapshotFilter.builder().type(Member.class.getSimpleName())
                        .revision(Member.SNAPSHOT_REVISION).build())
                .dataType(byte[].class);
        return new GuardedEventStorageEngine(builder, eventSchema);
    }

    /**
     * The readers are woken when a command's transaction commits ({@link CommittedEventStore}); they poll besides
     * every {@code cert.publication.fetch-delay}, for events appended where no wake-up reaches (another instance).
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                         @Value("${cert.publication.fetch-delay:PT0.02S}") java.time.Duration delay,
                                         @Value("${cert.publication.cached-events:1000}") int cachedEvents) {
        // The cache serves the tracking readers near the head (the publisher follows within tens of milliseconds);
        // a reader further behind reads the store. Axon's 10,000 kept tens of megabytes of events for no reader.
        return new CommittedEventStore(EmbeddedEventStore.builder().storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(delay.toMillis())
                .cachedEvents(cachedEvents));
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(EventJson.serializer())
                .contentType(byte[].class)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("time_stamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }
}
