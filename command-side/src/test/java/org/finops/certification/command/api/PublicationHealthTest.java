package org.finops.certification.command.api;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.finops.certification.command.publication.EventPublisher;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publisher that stops moving while events wait is seen in readiness within 30 s, with the reason. The context is
 * closed afterwards: after its publisher was shut down and started again inside the running app, one of its two
 * segments was seen (2026-12-04) waiting on the event store's shared stream while the other went on, and the health
 * of the next test then read a stalled publisher (Axon's {@code EmbeddedEventStore}; a restart of the process, the
 * only one production knows, starts both afresh).
 */
@DirtiesContext
class PublicationHealthTest extends ApiTestBase {
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aStalledPublisherTurnsReadinessDegradedWithTheReason() throws Exception {
        EventProcessor publisher = processing.eventProcessor(EventPublisher.PROCESSOR).orElseThrow();
        publisher.shutDown();
        try {
            Instant stalled = Instant.now();
            registerMember("unpublished", "LT_100");
            Api.Reply readiness = awaitPublication("DEGRADED", Duration.ofSeconds(30));
            System.out.printf("publication health: DEGRADED %s after the stall%n",
                    Duration.between(stalled, Instant.now()));

            assertThat(readiness.status()).as("degraded, still in the load balancer").isEqualTo(200);
            assertThat(readiness.text("status")).isEqualTo("DEGRADED");
            assertThat(readiness.json().path("components").path("publication").path("details").path("reason")
                    .asString()).contains("has not moved", "events wait");
        } finally {
            publisher.start();
        }
        assertThat(awaitPublication("UP", Duration.ofSeconds(30)).text("status")).as("moving again").isEqualTo("UP");
    }

    private Api.Reply awaitPublication(String status, Duration within) {
        return Eventually.until(within, () -> api.send("GET", "/actuator/health/readiness", Tokens.staff(), null,
                Map.of()), readiness -> status.equals(readiness.json().path("components").path("publication")
                .path("status").asString()));
    }
}
