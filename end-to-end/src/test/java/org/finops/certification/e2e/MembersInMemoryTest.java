package org.finops.certification.e2e;

import org.finops.certification.contract.ApiPaths;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.LifecycleClient;
import org.finops.certification.testing.Sql;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command-side instance keeps members in memory between commands. Two instances take turns with one member, so
 * each one's copy is always behind the other's: every command must still be decided on the member as stored (the
 * append guard catches an overtaken copy, a refusal decided on one is decided again), and the store ends with one
 * gapless history holding each event once.
 */
class MembersInMemoryTest {

    @Test
    void aCopyAnotherInstanceOvertookIsDecidedOnAgainFromTheStore() throws Exception {
        try (Stack stack = Stack.start("PT1M", 0)) {
            Api first = new Api(stack.commandSide.port());
            Api second = new Api(stack.anotherCommandSide().port());
            LifecycleClient viaFirst = new LifecycleClient(first::post, LifecycleClient.SHIPPED_CAPABILITIES);
            LifecycleClient viaSecond = new LifecycleClient(second::post, LifecycleClient.SHIPPED_CAPABILITIES);
            String member = "memory-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(viaFirst.register(member, "Memory Ltd", "LT_100").status()).isEqualTo(201);
            List<String> types = LifecycleClient.SMALL_PLATFORM_CREDENTIALS;
            for (int i = 0; i < types.size(); i++) {
                Api.Reply recorded = (i % 2 == 0 ? viaFirst : viaSecond).recordCredential(member, member + "-" + i,
                        "p" + i, types.get(i));
                assertThat(recorded.status()).as("credential %d: %s", i, recorded).isEqualTo(201);
            }

            // each withdrawal goes to the instance that has never seen the credential recorded
            Api.Reply secondWithdraws = second.send("DELETE", ApiPaths.credential(member, member + "-6"),
                    Tokens.member(member), Map.of("reason", "left"), Map.of());
            assertThat(secondWithdraws.status()).as(secondWithdraws.toString()).isEqualTo(200);
            Api.Reply firstWithdraws = first.send("DELETE", ApiPaths.credential(member, member + "-7"),
                    Tokens.member(member), Map.of("reason", "left"), Map.of());
            assertThat(firstWithdraws.status()).as(firstWithdraws.toString()).isEqualTo(200);
            assertThat(viaFirst.recordCredential(member, member + "-8", "p8", "FOCUS_ANALYST").status())
                    .isEqualTo(201);
            assertThat(viaSecond.recordCredential(member, member + "-9", "p9", "FOCUS_ANALYST").status())
                    .isEqualTo(201);

            // the application is submitted through one instance and approved through the other, whose copy lacks it
            Api.Reply applied = viaSecond.applyForPlatform(member);
            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            Api.Reply approved = viaFirst.approve(applied.text("applicationId"), "meets the policy");
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

            List<String> sequences = Sql.strings(stack.commandDatabase, "SELECT sequence_number FROM"
                    + " domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number", member);
            assertThat(sequences).as("one history, without a gap or a repeat")
                    .containsExactlyElementsOf(IntStream.range(0, sequences.size()).mapToObj(String::valueOf).toList());
            Map<String, Long> stored = Sql.counts(stack.commandDatabase, "SELECT payload_type, count(*) FROM"
                    + " domain_event_entry WHERE aggregate_identifier = ? GROUP BY payload_type", member);
            assertThat(stored).containsEntry(type("IndividualCertificationRecorded"), 10L)
                    .containsEntry(type("IndividualCertificationWithdrawn"), 2L)
                    .containsEntry(type("ApplicationApproved"), 1L)
                    .containsEntry(type("CertificationGranted"), 1L);
        }
    }

    private static String type(String event) {
        return "org.finops.certification.events." + event;
    }
}
