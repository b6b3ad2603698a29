package org.finops.certification.command.publication;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.finops.certification.support.health.KafkaConnectivity;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far publication is behind the store, read from the store itself (head index versus the publisher's tokens),
 * so it is right whichever instance owns which segment. Shown as a metric and in the health details. A lagging
 * publication that still moves is healthy (commands are taken safely and published when Kafka answers); one that
 * has not moved for {@code cert.publication.stall-after} while events wait is {@code DEGRADED}, with the reason,
 * so that an operator sees it in readiness within half a minute instead of an {@code UP} that hides it.
 */
@Component("publication")
public class PublicationLag implements HealthIndicator {
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final ParkedEvents parked;
    private final Clock clock;
    private final Duration stallAfter;
    private volatile Progress progress;

    public PublicationLag(JdbcTemplate jdbc, JsonMapper json, ParkedEvents parked, MeterRegistry meters, Clock clock,
                          @Value("${cert.publication.stall-after:PT20S}") Duration stallAfter) {
        this.jdbc = jdbc;
        this.json = json;
        this.parked = parked;
        this.clock = clock;
        this.stallAfter = stallAfter;
        Gauge.builder("certification.publication.lag", this, PublicationLag::eventsBehind)
                .description("events stored but not yet acknowledged by Kafka").baseUnit("events").register(meters);
        Gauge.builder("certification.publication.parked.events", parked, ParkedEvents::count)
                .description("events Kafka refused for good, parked with their member's later events")
                .register(meters);
    }

    public long eventsBehind() {
        return behind(publishedIndex());
    }

    private long behind(long publishedIndex) {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : Math.max(0, head - publishedIndex);
    }

    /** The lowest position every segment of the publisher has passed. */
    private long publishedIndex() {
        List<byte[]> tokens = jdbc.queryForList("SELECT token FROM token_entry WHERE processor_name = ?",
                byte[].class, EventPublisher.PROCESSOR);
        return tokens.isEmpty() ? 0 : tokens.stream().mapToLong(this::indexOf).min().orElse(0);
    }

    /** Progress is a published index that moved, or nothing left to publish. */
    @Scheduled(fixedDelayString = "${cert.publication.progress-check:PT5S}")
    void checkProgress() {
        long published = publishedIndex();
        long behind = behind(published);
        Progress last = progress;
        Instant now = clock.instant();
        boolean moved = last == null || behind == 0 || published != last.publishedIndex();
        progress = new Progress(published, behind, moved ? now : last.since());
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
        long behind = eventsBehind();
        Health.Builder health = Health.up().withDetail("lagEvents", behind).withDetail("parkedEvents", parked.count());
        Progress last = progress;
        if (last != null && behind > 0 && last.behind() > 0) {
            Duration still = Duration.between(last.since(), clock.instant());
            if (still.compareTo(stallAfter) >= 0) {
                health.status(KafkaConnectivity.DEGRADED).withDetail("reason", "publication has not moved for "
                        + still.toSeconds() + " s while " + behind + " events wait: Kafka out of reach, or the"
                        + " publisher stuck (see the log for PublicationInterrupted)");
            }
        }
        return health.build();
    }

    private record Progress(long publishedIndex, long behind, Instant since) {
    }
}
