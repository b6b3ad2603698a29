package org.finops.certification.command.api;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.finops.certification.command.member.Member;
import org.finops.certification.testing.IdentifierColumns;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the Boot 4 + Axon 4.13 traps: real transactions, JDBC storage, Jackson, bytea, snapshots. */
class StorageWiringTest extends ApiTestBase {
    @Autowired
    TransactionManager axonTransactionManager;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void axonRunsInSpringTransactionsOnTheJdbcEngineWithJackson() {
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    /** Emptied before each snapshot test's command, or the member in memory would answer instead of its snapshot. */
    @Autowired
    @Qualifier("memberCache")
    Cache members;

    @Test
    void whatJdbcWritesInATransactionGoesWithIt() {
        String key = "wiring-" + java.util.UUID.randomUUID();
        try {
            transactions.executeWithoutResult(tx -> {
                jdbc.update("INSERT INTO credential_claim (credential_id, member_id) VALUES (?, 'nobody')", key);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back, with the insert in it
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM credential_claim WHERE credential_id = ?", Long.class,
                key)).isZero();
    }

    @Test
    void payloadsAreByteaAndNoLargeObjectExists() {
        List<String> types = jdbc.queryForList("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry')"
                + " AND column_name IN ('payload', 'meta_data', 'token')", String.class);
        assertThat(types).isNotEmpty().containsOnly("bytea");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void identifiersCompareByteByByte() {
        List<String> columns = jdbc.queryForList(IdentifierColumns.OF_SCHEMA, String.class, "public");
        assertThat(columns).contains("domain_event_entry.aggregate_identifier C", "domain_event_entry.event_identifier C",
                "credential_claim.credential_id C", "transparency_leaf.event_id C");
        assertThat(IdentifierColumns.notInByteOrder(columns)).isEmpty();
    }

    @Test
    void theDefaultPolicyIsInstalledAsAnEvent() {
        assertThat(eventsOf("2025-1", "PolicyPublished")).isEqualTo(1);
    }

    @Test
    void aLongLivedMemberIsSnapshottedAndStillDecidesCorrectly() {
        String memberId = platformReadyMember("snapshotted");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, memberId)).as("snapshots of " + memberId).isPositive();
        members.remove(memberId);
        var reply = api.post(MEMBERS + "/" + memberId + "/individual-certifications", Tokens.member(memberId),
                Map.of("personId", "p", "type", "ENGINEER", "credentialId", memberId + "-PRACTITIONER-0",
                        "issuedOn", "2025-05-01"));
        assertThat(reply.status()).as("the snapshot remembers recorded credentials: " + reply)
                .isEqualTo(422);
        approve(submitPlatform(memberId));
    }

    @Test
    void aSnapshotKeepsTheMembersCertificationsAndApplications() {
        String memberId = certifiedMember("snapshot-entities");
        String certificationId = certificationOf(memberId);
        for (int i = 0; i < 30; i++) {
            assertThat(api.post(MEMBERS + "/" + memberId + "/individual-certifications", Tokens.member(memberId),
                    Map.of("personId", "extra-" + i, "type", "ENGINEER", "credentialId", memberId + "-extra-" + i,
                            "issuedOn", "2025-05-01")).status()).isEqualTo(201);
        }
        assertThat(jdbc.queryForList("SELECT type || ' ' || payload_revision FROM snapshot_event_entry"
                + " WHERE aggregate_identifier = ?", String.class, memberId))
                .isNotEmpty().containsOnly("Member " + Member.SNAPSHOT_REVISION);
        members.remove(memberId);

        var renewal = api.post("/api/v1/certifications/" + certificationId + "/renewals", Tokens.member(memberId),
                platformRenewal());
        assertThat(renewal.status()).as("the certification is known after the snapshot: " + renewal).isEqualTo(201);
        var again = api.post("/api/v1/certifications/" + certificationId + "/renewals", Tokens.member(memberId),
                platformRenewal());
        assertThat(again.text("code")).as("the open review is known too").isEqualTo("DUPLICATE_APPLICATION");
    }

    /** A snapshot written by an older shape of the member would restore a wrong state: it is passed over. */
    @Test
    void aSnapshotOfAnOlderShapeIsPassedOver() {
        String memberId = certifiedMember("old-snapshot");
        String certificationId = certificationOf(memberId);
        Long last = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", Long.class, memberId);
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " VALUES (?, ?, 'Member', ?, ?, ?, NULL, ?, ?)", memberId, last, UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8),
                ("{\"memberId\":\"" + memberId + "\",\"goodStanding\":true}").getBytes(StandardCharsets.UTF_8),
                "org.finops.certification.command.member.Member", Instant.now().toString());
        members.remove(memberId);

        var revoked = api.post("/api/v1/certifications/" + certificationId + "/revoke", Tokens.staff(),
                Map.of("reason", "audit finding"));

        assertThat(revoked.status()).as("the member was rebuilt from its events: " + revoked).isEqualTo(200);
    }

    @Test
    void theGlobalIndexHasNoGapsWithoutFailures() {
        String memberId = registerMember("gapless", "LT_100");
        recordCredentials(memberId, "ENGINEER", 5);
        List<Long> indexes = jdbc.queryForList("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY global_index", Long.class, memberId);
        assertThat(indexes).hasSize(6);
    }
}
