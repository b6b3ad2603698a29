package org.finops.certification.command.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * How far publication is behind the store, read from the store itself (head index versus the publisher's tokens),
 * so it is right whichever instance owns which segment. Shown as a metric and in the health details; a lagging
 * or parked publication does not make the command side unready, since commands are still taken safely.
 */
@Component("publication")
public class PublicationLag implements HealthIndicator {
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ParkedEvents parked;

    public PublicationLag(JdbcTemplate jdbc, JsonMapper json, ParkedEvents parked, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        this.parked = parked;
        Gauge.builder("certification.publication.lag", this, PublicationLag::eventsBehind)
                .description("events stored but not yet acknowledged by Kafka").baseUnit("events").register(meters);
        Gauge.builder("certification.publication.parked.events", parked, ParkedEvents::count)
                .description("events Kafka refused for good, parked with their member's later events")
                .register(meters);
    }

    public long eventsBehind() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        if (head == null) {
            return 0;
        }
        List<byte[]> tokens = jdbc.queryForList("SELECT token FROM token_entry WHERE processor_name = ?",
                byte[].class, EventPublisher.PROCESSOR);
        long published = tokens.isEmpty() ? 0 : tokens.stream().mapToLong(this::indexOf).min().orElse(0);
        return Math.max(0, head - published);
    }

    private long indexOf(byte[] token) {
        if (token == null) {
            return 0;
        }
        JsonNode index = json.readTree(token).path("index");
        return index.isNumber() ? index.asLong() : 0;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("lagEvents", eventsBehind()).withDetail("parkedEvents", parked.count()).build();
    }
}
