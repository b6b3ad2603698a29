package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyApiTest extends ApiTestBase {

    @Test
    void theSamePostWithTheSameKeyHasOneEffect() {
        String memberId = registerMember("idem", "LT_100");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Api.Reply first = api.send("POST", "/api/v1/applications", Tokens.member(memberId),
                platformApplication(memberId), key);
        Api.Reply second = api.send("POST", "/api/v1/applications", Tokens.member(memberId),
                platformApplication(memberId), key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertRepeated(first, second);
        assertThat(eventsOf(memberId, "ApplicationSubmitted")).isEqualTo(1);
    }

    @Test
    void concurrentRepeatsOfOneKeyHaveOneEffect() throws Exception {
        String memberId = registerMember("idem-race", "LT_100");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Callable<Api.Reply> record = () -> api.send("POST", MEMBERS + "/" + memberId + "/individual-certifications",
                Tokens.member(memberId), Map.of("personId", "p", "type", "ENGINEER",
                        "credentialId", memberId + "-race", "issuedOn", "2025-05-01"), key);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.add(pool.submit(record));
        }
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(201);
        }
        pool.shutdown();
        assertThat(eventsOf(memberId, "IndividualCertificationRecorded")).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        String memberId = registerMember("idem-reuse", "LT_100");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        api.send("POST", "/api/v1/applications", Tokens.member(memberId), platformApplication(memberId), key);
        Map<String, Object> other = platformApplication(memberId);
        other.put("type", "SERVICE_PROVIDER");

        Api.Reply reply = api.send("POST", "/api/v1/applications", Tokens.member(memberId), other, key);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aFailedRequestDoesNotConsumeItsKey() {
        String memberId = registerMember("idem-fail", "LT_100");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Reply refused = api.send("PUT", MEMBERS + "/" + memberId + "/standing", Tokens.staff(),
                Map.of("goodStanding", false), key);
        assertThat(refused.status()).isEqualTo(400);
        Api.Reply nowValid = api.send("PUT", MEMBERS + "/" + memberId + "/standing", Tokens.staff(),
                Map.of("goodStanding", false, "reason", "fee unpaid"), key);
        assertThat(nowValid.status()).as(nowValid.toString()).isEqualTo(200);
    }

    @Test
    void aRecordedRefusalIsRepeatedAsItWasFirstAnswered() {
        String memberId = certifiedMember("idem-refusal");
        String certificationId = certificationOf(memberId);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> transfer = Map.of("toMemberId", "someone-else", "reason", "we were acquired");

        Api.Reply first = api.send("POST", "/api/v1/certifications/" + certificationId + "/transfer",
                Tokens.member(memberId), transfer, key);
        Api.Reply second = api.send("POST", "/api/v1/certifications/" + certificationId + "/transfer",
                Tokens.member(memberId), transfer, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(422);
        assertThat(first.text("code")).isEqualTo("NOT_TRANSFERABLE");
        assertThat(first.json().path("recorded").asBoolean()).isTrue();
        assertRepeated(first, second);
        assertThat(eventsOf(memberId, "TransferRefused")).isEqualTo(1);
    }

    /** A repeat gets the first answer byte for byte, marked as replayed. */
    private static void assertRepeated(Api.Reply first, Api.Reply second) {
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        for (String header : List.of("Content-Type", "X-Event-Position", "Location")) {
            assertThat(second.header(header)).as(header).isEqualTo(first.header(header));
        }
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    }

    /** The position comes back from the insert itself: it must be that of the last event the command wrote. */
    @Test
    void theAnsweredPositionIsThatOfTheLastEventWritten() {
        String memberId = registerMember("idem-position", "LT_100");
        Api.Reply standing = api.send("PUT", MEMBERS + "/" + memberId + "/standing", Tokens.staff(),
                Map.of("goodStanding", false, "reason", "fee unpaid"), Map.of());
        Api.Reply unchanged = api.send("PUT", MEMBERS + "/" + memberId + "/standing", Tokens.staff(),
                Map.of("goodStanding", false, "reason", "fee still unpaid"), Map.of());

        Long last = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", Long.class, memberId);
        assertThat(standing.status()).as(standing.toString()).isEqualTo(200);
        assertThat(standing.header("X-Event-Position")).isEqualTo(String.valueOf(last));
        assertThat(unchanged.header("X-Event-Position")).as("a command that changed nothing")
                .isEqualTo(String.valueOf(last));
    }
}
