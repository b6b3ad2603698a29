package org.finops.certification.bench;

import org.finops.certification.testing.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling the service is measured against: single-row INSERTs, one per transaction (synchronous commit, the
 * server's defaults), from many JDBC connections at once, on the same PostgreSQL server the service uses.
 */
final class PostgresInsertLimit {
    private PostgresInsertLimit() {
    }

    static double transactionsPerSecond(TestDatabase database, int clients, Duration duration) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS insert_limit (id BIGSERIAL PRIMARY KEY, payload BYTEA,"
                    + " created TIMESTAMPTZ DEFAULT now())");
        }
        AtomicLong inserted = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        byte[] payload = new byte[300];
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = database.connect();
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO insert_limit (payload) VALUES (?)")) {
                    connection.setAutoCommit(true);
                    while (System.nanoTime() < deadline) {
                        insert.setBytes(1, payload);
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return inserted.get() / (double) duration.toSeconds();
    }
}
