package org.finops.certification.command.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each command of the mixed lifecycle costs in SQL statements (round trips to PostgreSQL besides its commit),
 * read from {@code certification.command.statements} as the benchmark reads it: on a member in memory, with and
 * without an Idempotency-Key. The numbers are the design (docs/operations.md); a change that adds a statement to a
 * command shows here.
 */
class StatementsPerCommandTest extends ApiTestBase {
    @Autowired
    MeterRegistry meters;

    @Test
    void theLifecycleCommandsRunAFewStatementsEach() {
        Map<String, Double> counted = new LinkedHashMap<>();
        String memberId = uniqueMemberId("statements");
        LifecycleClient keyed = new LifecycleClient((path, token, body) -> api.send("POST", path, token, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())), LifecycleClient.SHIPPED_CAPABILITIES);
        counted.put("RegisterMember", statementsOf("RegisterMember",
                () -> keyed.register(memberId, "Statements Inc.", "LT_100")));
        recordCredentials(memberId, "PRACTITIONER", 4);
        counted.put("RecordIndividualCertification", statementsOf("RecordIndividualCertification",
                () -> keyed.recordCredential(memberId, memberId + "-keyed", "keyed-person", "ENGINEER")));
        counted.put("RecordIndividualCertification without a key", statementsOf("RecordIndividualCertification",
                () -> lifecycle().recordCredential(memberId, memberId + "-plain", "plain-person", "PROFESSIONAL")));
        recordCredentials(memberId, "FOCUS_ANALYST", 2);
        Api.Reply[] submitted = new Api.Reply[1];
        counted.put("SubmitApplication", statementsOf("SubmitApplication",
                () -> submitted[0] = keyed.applyForPlatform(memberId)));
        counted.put("ApproveApplication", statementsOf("ApproveApplication",
                () -> keyed.approve(submitted[0].text("applicationId"), "meets 2025-1")));
        // the events with their guard and positions are one statement, the key two (claimed first, so that a repeat
        // waits for the first and writes nothing); then what each decision needs: a credential's claim, the policy
        // in force, an owner's row, the certification's schedule
        assertThat(counted).isEqualTo(Map.of(
                "RegisterMember", 3.0,
                "RecordIndividualCertification", 4.0,
                "RecordIndividualCertification without a key", 2.0,
                "SubmitApplication", 5.0,
                "ApproveApplication", 6.0));
    }

    /** The statements the one command sent by {@code send} ran, from the meter's total before and after. */
    private double statementsOf(String type, Supplier<Api.Reply> send) {
        double before = total(type);
        Api.Reply reply = send.get();
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return total(type) - before;
    }

    private double total(String type) {
        var summary = Search.in(meters).name("certification.command.statements").tag("type", type).summary();
        return summary == null ? 0 : summary.totalAmount();
    }
}
