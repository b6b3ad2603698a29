package org.finops.certification.query.webhook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The delivery queue. An instance claims the head of each (subscription, member) line that is due, one line's head
 * at a time, so a member's events reach a subscriber in order; SKIP LOCKED and the claim keep two instances from
 * sending the same delivery at once, and a claim whose instance died runs out and is taken again (at least once).
 */
@Component
public class WebhookDeliveries {
    private final JdbcTemplate jdbc;

    public WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery to make: its subscription, the event, the exact bytes, how often it was tried. */
    record Due(String subscriptionId, String url, String eventId, String payload, int attempts, Instant firstFailure) {
    }

    List<Due> claim(String instance, Instant now, Duration claimTimeout, int limit) {
        return jdbc.query("UPDATE webhook_delivery d SET claimed_by = ?, claimed_at = ? FROM (SELECT h.subscription_id,"
                        + " h.event_id FROM webhook_delivery h JOIN webhook_subscription s ON s.id = h.subscription_id"
                        + " WHERE h.state = 'PENDING' AND s.enabled AND h.next_attempt_at <= ?"
                        + " AND (h.claimed_at IS NULL OR h.claimed_at < ?) AND NOT EXISTS (SELECT 1 FROM"
                        + " webhook_delivery e WHERE e.subscription_id = h.subscription_id AND e.member_key = h.member_key"
                        + " AND e.state = 'PENDING' AND e.position < h.position) ORDER BY h.next_attempt_at, h.position"
                        + " LIMIT ? FOR UPDATE OF h SKIP LOCKED) c, webhook_subscription s"
                        + " WHERE d.subscription_id = c.subscription_id AND d.event_id = c.event_id"
                        + " AND s.id = d.subscription_id"
                        + " RETURNING d.subscription_id, s.url, d.event_id, d.payload, d.attempts, d.first_failure_at",
                (row, n) -> new Due(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getInt(5), row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant()),
                instance, Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.minus(claimTimeout)), limit);
    }

    void delivered(Due due, String instance, Instant now) {
        jdbc.update("UPDATE webhook_delivery SET state = 'DELIVERED', delivered_at = ?, attempts = attempts + 1,"
                        + " claimed_by = NULL, claimed_at = NULL WHERE subscription_id = ? AND event_id = ?"
                        + " AND claimed_by = ?", Timestamp.from(now), due.subscriptionId(), due.eventId(), instance);
    }

    /** Failed: tried again at {@code next}; the first failure's time is kept to know when to give up. */
    void failed(Due due, String instance, Instant now, Instant next) {
        jdbc.update("UPDATE webhook_delivery SET attempts = attempts + 1, first_failure_at = COALESCE(first_failure_at,"
                        + " ?), next_attempt_at = ?, claimed_by = NULL, claimed_at = NULL WHERE subscription_id = ?"
                        + " AND event_id = ? AND claimed_by = ?", Timestamp.from(now), Timestamp.from(next),
                due.subscriptionId(), due.eventId(), instance);
    }

    void attempted(Due due, Instant at, Integer status, long millis, String error) {
        jdbc.update("INSERT INTO webhook_attempt (subscription_id, event_id, attempted_at, status_code, duration_ms,"
                        + " error) VALUES (?, ?, ?, ?, ?, ?)", due.subscriptionId(), due.eventId(), Timestamp.from(at),
                status, millis, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
    }

    List<Attempt> attempts(String subscriptionId, int limit) {
        return jdbc.query("SELECT event_id, attempted_at, status_code, duration_ms, error FROM webhook_attempt"
                        + " WHERE subscription_id = ? ORDER BY attempted_at DESC LIMIT ?",
                (row, n) -> new Attempt(row.getString(1), row.getTimestamp(2).toInstant(),
                        (Integer) row.getObject(3), row.getLong(4), row.getString(5)), subscriptionId, limit);
    }

    /** One delivery attempt; {@code statusCode} is null when no answer came (a timeout, a refused connection). */
    record Attempt(String eventId, Instant attemptedAt, Integer statusCode, long durationMs, String error) {
    }

    int replayFrom(String subscriptionId, long position) {
        return replay("position >= ?", subscriptionId, position);
    }

    int replaySince(String subscriptionId, Instant since) {
        return replay("occurred_at >= ?", subscriptionId, Timestamp.from(since));
    }

    private int replay(String condition, String subscriptionId, Object from) {
        return jdbc.update("UPDATE webhook_delivery SET state = 'PENDING', next_attempt_at = now(), attempts = 0,"
                + " first_failure_at = NULL, delivered_at = NULL WHERE subscription_id = ? AND " + condition,
                subscriptionId, from);
    }

    /** Per subscription: delivered, pending, failed attempts, and the age of the oldest pending delivery. */
    List<Map<String, Object>> statistics() {
        return jdbc.queryForList("SELECT s.id AS subscription,"
                + " (SELECT count(*) FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.state = 'DELIVERED')"
                + " AS delivered,"
                + " (SELECT count(*) FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.state = 'PENDING')"
                + " AS pending,"
                + " (SELECT count(*) FROM webhook_attempt a WHERE a.subscription_id = s.id AND (a.status_code IS NULL"
                + " OR a.status_code NOT BETWEEN 200 AND 299)) AS failed,"
                + " COALESCE((SELECT EXTRACT(EPOCH FROM now() - min(d.occurred_at)) FROM webhook_delivery d"
                + " WHERE d.subscription_id = s.id AND d.state = 'PENDING'), 0) AS oldest_pending_seconds"
                + " FROM webhook_subscription s");
    }
}
