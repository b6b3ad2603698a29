package org.finops.certification.command.api;

import org.finops.certification.command.transparency.StoreCheck;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored event edited after it was logged (an UPDATE of its row, as whoever holds the database password could)
 * no longer matches its leaf: the store check names the event, its leaf and what changed, health turns DEGRADED
 * with the reason, and both clear once the row is as it was. Only staff may start a check of the whole store.
 */
class StoreCheckTest extends ApiTestBase {
    private static final String CHECK = "/api/v1/transparency/store-check";

    @Autowired
    StoreCheck storeCheck;

    @Test
    void anEventEditedAfterItWasLoggedIsReportedUntilItMatchesAgain() {
        String memberId = registerMember("edited", "LT_100");
        String eventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, memberId);
        long leafIndex = Eventually.until(Duration.ofSeconds(20), () -> jdbc.queryForList(
                        "SELECT leaf_index FROM transparency_leaf WHERE event_id = ?", Long.class, eventId),
                list -> !list.isEmpty()).getFirst();
        byte[] original = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE event_identifier = ?",
                byte[].class, eventId);
        assertThat(new String(original)).contains("edited Inc.");
        assertThat(api.send("POST", CHECK, Tokens.member(memberId), null, Map.of()).status())
                .as("a member may not start a check of the whole store").isEqualTo(403);
        assertThat(mismatchOf(eventId, check())).as("untouched").isNull();

        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                new String(original).replace("edited Inc.", "Quietly Renamed Ltd").getBytes(), eventId);
        try {
            assertThat(sweptUntilFound(eventId)).as("the paced sweep finds it without being asked").isNotNull();
            JsonNode found = mismatchOf(eventId, check());
            assertThat(found).as("the edited event is reported").isNotNull();
            assertThat(found.path("leafIndex").asLong()).isEqualTo(leafIndex);
            assertThat(found.path("problem").asString()).contains("dataSha256").doesNotContain("auditSha256");
            assertThat(mismatchOf(eventId, api.send("GET", CHECK, null, null, Map.of())))
                    .as("anyone reads the last check, without a token").isNotNull();
            Api.Reply health = api.send("GET", "/actuator/health", Tokens.staff(), null, Map.of());
            assertThat(health.text("status")).isEqualTo("DEGRADED");
            JsonNode log = health.json().path("components").path("transparencyLog");
            assertThat(log.path("details").path("reason").asString()).contains("no longer match their leaf");
            assertThat(log.path("details").path("mismatches").toString()).contains(eventId);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", original, eventId);
        }

        assertThat(mismatchOf(eventId, check())).as("the row as it was matches its leaf again").isNull();
        assertThat(api.send("GET", "/actuator/health", Tokens.staff(), null, Map.of()).json().path("components")
                .path("transparencyLog").path("status").asString()).isEqualTo("UP");
    }

    /** Runs the sweep's stretches (as its schedule would, a stretch each 10 s) for up to two rounds of the store. */
    private JsonNode sweptUntilFound(String eventId) {
        Long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        for (long run = 0; run <= 2 * (stored / 1000 + 1); run++) {
            storeCheck.sweep();
            JsonNode found = mismatchOf(eventId, api.send("GET", CHECK, null, null, Map.of()));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Api.Reply check() {
        Api.Reply checked = api.send("POST", CHECK, Tokens.staff(), null, Map.of());
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        return checked;
    }

    private static JsonNode mismatchOf(String eventId, Api.Reply report) {
        return report.json().path("mismatches").valueStream()
                .filter(mismatch -> eventId.equals(mismatch.path("eventId").asString())).findFirst().orElse(null);
    }
}
