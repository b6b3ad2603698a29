package org.finops.certification.query.support;

import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.EventTypes;
import org.finops.certification.events.MemberEvent;
import org.finops.certification.events.PolicyBound;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A projection on its own: a fresh database with the read models' tables (the same migrations a generation gets),
 * and events handed over as the consumer would, without Kafka or Spring.
 */
public final class ProjectionHarness {
    private static final String SCHEMA = "views_unit";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ViewStore views;
    private final AtomicLong positions = new AtomicLong();

    private ProjectionHarness(ViewStore views) {
        this.views = views;
    }

    public static ProjectionHarness start() {
        TestDatabase database = TestDatabase.another();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(),
                database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/views").table("views_schema_history").load().migrate();
        return new ProjectionHarness(new ViewStore(new JdbcTemplate(dataSource), SCHEMA));
    }

    public ViewStore views() {
        return views;
    }

    public JdbcTemplate jdbc() {
        return views.jdbc();
    }

    /** The event as the consumer hands it to projections, by a person, at the next position. */
    public ProjectedEvent event(Object payload) {
        EventTypes.EventType type = EventTypes.of(payload.getClass()).orElseThrow();
        String memberId = payload instanceof MemberEvent member ? member.memberId() : null;
        String policyVersion = payload instanceof PolicyBound decided ? decided.policyVersion() : null;
        CloudEvent attributes = new CloudEvent(UUID.randomUUID().toString(), "/test", type.ceType(), memberId,
                Instant.now(), memberId, "staff-1", policyVersion, "corr-" + positions.incrementAndGet(),
                positions.get());
        return new ProjectedEvent(attributes.id(), attributes.position(), attributes.time(), type.name(), memberId,
                attributes.actor(), attributes.correlationId(), policyVersion, JSON.writeValueAsString(payload),
                payload, attributes);
    }
}
