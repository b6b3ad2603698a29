package org.finops.certification.command.execution;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keys are scoped to the actor. A key is claimed by inserting its row inside the command's transaction: a
 * concurrent repeat waits on that row and then finds the committed answer, or the claim if the first one failed.
 */
@Component
class IdempotencyRecords {
    private static final int PENDING = 0;

    private final JdbcTemplate jdbc;

    IdempotencyRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return the stored answer when the key was already used for this request, empty when this request now owns
     * the key
     * @throws IdempotencyKeyReused when the key was used for another request
     */
    Optional<Answer> claim(Idempotency idempotency) {
        int claimed = jdbc.update("INSERT INTO idempotency_record (actor, idem_key, request_hash, status)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", idempotency.actor(), idempotency.key(),
                idempotency.requestHash(), PENDING);
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT request_hash, status, content_type, event_position, location, body"
                        + " FROM idempotency_record WHERE actor = ? AND idem_key = ?", (row, n) -> {
                    if (!row.getString(1).equals(idempotency.requestHash())) {
                        throw new IdempotencyKeyReused();
                    }
                    return new Answer(row.getInt(2), row.getString(3), (Long) row.getObject(4), row.getString(5),
                            row.getBytes(6));
                }, idempotency.actor(), idempotency.key()).stream().findFirst();
    }

    void complete(Idempotency idempotency, Answer answer) {
        jdbc.update("UPDATE idempotency_record SET status = ?, content_type = ?, event_position = ?, location = ?,"
                        + " body = ? WHERE actor = ? AND idem_key = ?", answer.status(), answer.contentType(),
                answer.eventPosition(), answer.location(), answer.body(), idempotency.actor(), idempotency.key());
    }
}
