package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.RepeatedTest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/** Approving a renewal and revoking the certification at the same moment: one order wins, never both, never 5xx. */
class ConcurrencyApiTest extends ApiTestBase {

    @RepeatedTest(3)
    void approveAndRevokeOfOneCertificationSerialise() throws Exception {
        String memberId = certifiedMember("contested");
        String certificationId = certificationOf(memberId);
        Api.Reply renewal = api.post("/api/v1/certifications/" + certificationId + "/renewals",
                Tokens.member(memberId), platformRenewal());
        String renewalId = renewal.text("applicationId");
        CyclicBarrier start = new CyclicBarrier(2);

        CompletableFuture<Api.Reply> approve = CompletableFuture.supplyAsync(() -> {
            await(start);
            return api.post("/api/v1/applications/" + renewalId + "/approve", Tokens.staff(), Map.of());
        });
        CompletableFuture<Api.Reply> revoke = CompletableFuture.supplyAsync(() -> {
            await(start);
            return api.post("/api/v1/certifications/" + certificationId + "/revoke", Tokens.staff(),
                    Map.of("reason", "fraud"));
        });
        Api.Reply approved = approve.get();
        Api.Reply revoked = revoke.get();

        assertThat(List.of(approved.status(), revoked.status())).allMatch(status -> status == 200 || status == 409);
        long renewedEvents = eventsOf(memberId, "CertificationRenewed");
        long revokedEvents = eventsOf(memberId, "CertificationRevoked");
        assertThat(renewedEvents).isEqualTo(approved.status() == 200 ? 1 : 0);
        assertThat(revokedEvents).isEqualTo(revoked.status() == 200 ? 1 : 0);
        if (approved.status() == 409) {
            assertThat(revokedEvents).as("approval refused only because the revocation came first").isEqualTo(1);
        }
        List<Long> sequence = jdbc.queryForList("SELECT sequence_number FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number", Long.class, memberId);
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).isEqualTo(i);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
