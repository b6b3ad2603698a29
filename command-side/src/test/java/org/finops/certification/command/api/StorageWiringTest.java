package org.finops.certification.command.api;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.util.List;
import java.util.Map;

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

    @Test
    void payloadsAreByteaAndNoLargeObjectExists() {
        List<String> types = jdbc.queryForList("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry')"
                + " AND column_name IN ('payload', 'meta_data', 'token')", String.class);
        assertThat(types).isNotEmpty().containsOnly("bytea");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void theDefaultPolicyIsInstalledAsAnEvent() {
        assertThat(eventsOf("2025-1", "PolicyPublished")).isEqualTo(1);
    }

    @Test
    void aLongLivedMemberIsSnapshottedAndStillDecidesCorrectly() {
        String memberId = platformReadyMember("snapshotted");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, memberId)).isPositive();
        var reply = api.post(MEMBERS + "/" + memberId + "/individual-certifications", Tokens.member(memberId),
                Map.of("personId", "p", "type", "ENGINEER", "credentialId", memberId + "-PRACTITIONER-0",
                        "issuedOn", "2025-05-01"));
        assertThat(reply.status()).as("the snapshot remembers recorded credentials").isEqualTo(422);
        approve(submitPlatform(memberId));
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
