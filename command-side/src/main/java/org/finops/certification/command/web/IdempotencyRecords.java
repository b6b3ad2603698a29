package org.finops.certification.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keys are scoped to the actor. A key is claimed by inserting its row inside the command's transaction: a
 * concurrent repeat waits on that row and then finds the committed answer, or the claim if the first one failed.
 */
@Component
public class IdempotencyRecords {
    private static final int PENDING = 0;

    private final JdbcTemplate jdbc;

    public IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the stored answer when the key was already used, empty when this request now owns the key */
    public Optional<StoredResponse> claim(String actor, String key, String requestHash) {
        int claimed = jdbc.update("INSERT INTO idempotency_record (actor, idem_key, request_hash, status)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", actor, key, requestHash, PENDING);
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT request_hash, status, content_type, event_position, location, body"
                        + " FROM idempotency_record WHERE actor = ? AND idem_key = ?",
                (row, n) -> new StoredResponse(row.getString(1), row.getInt(2), row.getString(3),
                        (Long) row.getObject(4), row.getString(5), row.getBytes(6)), actor, key).stream().findFirst();
    }

    public void complete(String actor, String key, StoredResponse response) {
        jdbc.update("UPDATE idempotency_record SET status = ?, content_type = ?, event_position = ?, location = ?,"
                        + " body = ? WHERE actor = ? AND idem_key = ?", response.status(), response.contentType(),
                response.eventPosition(), response.location(), response.body(), actor, key);
    }
}
