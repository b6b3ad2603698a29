package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent commands on one member: one instance decides them one after the other (none loses to a commit it could
 * not see), one order wins, never both, never 5xx; and the losers leave no gap in the global index (a gap is kept by
 * the tracking readers and, by the thousand, filled their heap).
 */
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

    @Test
    void oneInstanceDecidesConcurrentCommandsOnOneMemberInTurn() throws Exception {
        String memberId = registerMember("busy", "LT_100");
        List<String> credentials = new ArrayList<>();
        List<Api.Reply> replies = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            int first = credentials.size();
            for (int i = 0; i < 8; i++) {
                credentials.add(memberId + "-c" + (first + i));
            }
            replies.addAll(race(8, n -> api.post(MEMBERS + "/" + memberId + "/individual-certifications",
                    Tokens.staff(), Map.of("personId", "p" + (first + n), "type", "ENGINEER",
                            "credentialId", credentials.get(first + n), "issuedOn", "2025-01-01"))));
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
        assertThat(eventsOf(memberId, "IndividualCertificationRecorded")).isEqualTo(credentials.size());
    }

    @Test
    void conflictsAreAnsweredAsSuchAndLeaveNoGapInTheGlobalIndex() throws Exception {
        long before = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        String contested = registerMember("standing", "LT_100");
        List<Api.Reply> replies = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            String newcomer = uniqueMemberId("race");
            replies.addAll(race(8, () -> api.post(MEMBERS, Tokens.staff(), Map.of("memberId", newcomer,
                    "legalName", "Racer", "sizeBand", "LT_100", "goodStanding", true,
                    "contactEmail", "r@race.example"))));
            assertThat(eventsOf(newcomer, "MemberRegistered")).isEqualTo(1);
            boolean standing = round % 2 == 0;
            replies.addAll(race(8, () -> api.put(MEMBERS + "/" + contested + "/standing", Tokens.staff(),
                    Map.of("goodStanding", standing, "reason", "race"))));
        }

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isIn(200, 201, 409);
            if (reply.status() == 409) {
                assertThat(reply.text("code")).isEqualTo("CONFLICT");
            }
        });
        assertThat(replies).filteredOn(reply -> reply.status() == 409).as("the races were real").isNotEmpty();
        Map<String, Object> range = jdbc.queryForMap("SELECT count(*) AS rows, max(global_index) - ? AS span"
                + " FROM domain_event_entry WHERE global_index > ?", before, before);
        assertThat(((Number) range.get("rows")).longValue()).as("no index value drawn by a loser")
                .isEqualTo(((Number) range.get("span")).longValue());
    }

    private static List<Api.Reply> race(int clients, Supplier<Api.Reply> call) throws Exception {
        return race(clients, n -> call.get());
    }

    /** Each client's call is given its number, from 0. */
    private static List<Api.Reply> race(int clients, IntFunction<Api.Reply> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(clients);
        List<CompletableFuture<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int n = i;
            calls.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return call.apply(n);
            }, Executors.newVirtualThreadPerTaskExecutor()));
        }
        List<Api.Reply> replies = new ArrayList<>();
        for (CompletableFuture<Api.Reply> reply : calls) {
            replies.add(reply.get());
        }
        return replies;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
