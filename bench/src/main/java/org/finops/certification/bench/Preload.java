package org.finops.certification.bench;

import org.finops.certification.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;

/**
 * Certifications already in the store, written straight into the event store as the command side would have
 * (a registration and a grant per member), to measure command latency against a large store.
 */
final class Preload {
    private static final String EVENTS = "org.finops.certification.events.";

    private Preload() {
    }

    static void certifications(TestDatabase database, String run, int count) throws Exception {
        String insert = "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                + " time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, 'Member', ?, ?,"
                + " NULL, ?, ?)";
        byte[] metaData = "{\"actor\":\"bench:preload\"}".getBytes();
        Instant now = Instant.now();
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(insert)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String member = member(run, i);
                String certification = UUID.randomUUID().toString();
                add(statement, member, 0, now, "MemberRegistered", ("{\"memberId\":\"" + member + "\",\"legalName\":\""
                        + member + "\",\"sizeBand\":\"LT_100\",\"goodStanding\":true,\"contactEmail\":\"p@p.example\"}"),
                        metaData);
                add(statement, member, 1, now, "CertificationGranted", ("{\"memberId\":\"" + member
                        + "\",\"certificationId\":\"" + certification + "\",\"applicationId\":\"pre\",\"type\":"
                        + "\"PLATFORM\",\"grantedOn\":\"" + now + "\",\"validUntil\":\"" + now.plusSeconds(31_536_000)
                        + "\",\"policyVersion\":\"2025-1\"}"), metaData);
                if (i % 1000 == 999) {
                    statement.executeBatch();
                    connection.commit();
                }
            }
            statement.executeBatch();
            connection.commit();
        }
    }

    /** The id of the {@code i}th member a preload of this run wrote. */
    static String member(String run, int i) {
        return run + "-pre-" + i;
    }

    private static void add(PreparedStatement statement, String member, long sequence, Instant time, String type,
                            String payload, byte[] metaData) throws Exception {
        statement.setString(1, UUID.randomUUID().toString());
        statement.setString(2, member);
        statement.setLong(3, sequence);
        statement.setString(4, time.toString());
        statement.setString(5, EVENTS + type);
        statement.setBytes(6, payload.getBytes());
        statement.setBytes(7, metaData);
        statement.addBatch();
    }
}
