package org.finops.certification.query.webhook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The subscriptions table: what staff made, and the secrets deliveries are signed with. */
@Component
public class WebhookSubscriptions {
    /** How long the old secret keeps signing beside the new one after a rotation. */
    static final Duration OVERLAP = Duration.ofHours(24);
    private static final String COLUMNS = "id, url, event_types, member_id, description, enabled, disabled_reason,"
            + " created_at, created_by";
    private static final RowMapper<WebhookSubscription> ROW = (row, n) -> new WebhookSubscription(row.getString(1),
            row.getString(2), row.getString(3) == null ? null : Arrays.asList(row.getString(3).split(",")),
            row.getString(4), row.getString(5), row.getBoolean(6), row.getString(7),
            row.getTimestamp(8).toInstant(), row.getString(9), null);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public WebhookSubscriptions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param fromPosition events after this position are delivered to it */
    WebhookSubscription create(String url, List<String> eventTypes, String memberId, String description,
                               String createdBy, long fromPosition) {
        String id = UUID.randomUUID().toString();
        String secret = WebhookSignature.newSecret();
        jdbc.update("INSERT INTO webhook_subscription (id, url, event_types, member_id, description, enabled, secret,"
                        + " created_at, created_by, from_position) VALUES (?, ?, ?, ?, ?, true, ?, ?, ?, ?)", id, url,
                joined(eventTypes), memberId, description, secret, Timestamp.from(clock.instant()), createdBy,
                fromPosition);
        return find(id).orElseThrow().withSecret(secret);
    }

    Optional<WebhookSubscription> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = ?", ROW, id).stream()
                .findFirst();
    }

    List<WebhookSubscription> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY created_at, id", ROW);
    }

    List<WebhookSubscription> disabled() {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_subscription WHERE NOT enabled ORDER BY id", ROW);
    }

    void update(WebhookSubscription changed) {
        jdbc.update("UPDATE webhook_subscription SET url = ?, event_types = ?, member_id = ?, description = ?,"
                        + " enabled = ?, disabled_reason = CASE WHEN ? THEN NULL ELSE disabled_reason END WHERE id = ?",
                changed.url(), joined(changed.eventTypes()), changed.memberId(), changed.description(),
                changed.enabled(), changed.enabled(), changed.id());
    }

    boolean delete(String id) {
        return jdbc.update("DELETE FROM webhook_subscription WHERE id = ?", id) == 1;
    }

    /** A new secret; the old one keeps signing for {@link #OVERLAP}, so receivers can switch without a gap. */
    Optional<String> rotate(String id) {
        String secret = WebhookSignature.newSecret();
        int changed = jdbc.update("UPDATE webhook_subscription SET previous_secret = secret, previous_secret_until = ?,"
                + " secret = ? WHERE id = ?", Timestamp.from(clock.instant().plus(OVERLAP)), secret, id);
        return changed == 1 ? Optional.of(secret) : Optional.empty();
    }

    /** The secrets a delivery is signed with now: the current one, and the previous one within its overlap. */
    List<String> signingSecrets(String id) {
        List<String> secrets = new ArrayList<>();
        jdbc.query("SELECT secret, previous_secret, previous_secret_until FROM webhook_subscription WHERE id = ?",
                row -> {
                    secrets.add(row.getString(1));
                    Timestamp until = row.getTimestamp(3);
                    if (row.getString(2) != null && until != null && until.toInstant().isAfter(clock.instant())) {
                        secrets.add(row.getString(2));
                    }
                }, id);
        return secrets;
    }

    void disable(String id, String reason) {
        jdbc.update("UPDATE webhook_subscription SET enabled = false, disabled_reason = ? WHERE id = ? AND enabled",
                reason.substring(0, Math.min(reason.length(), 1000)), id);
    }

    Instant now() {
        return clock.instant();
    }

    private static String joined(List<String> eventTypes) {
        return eventTypes == null || eventTypes.isEmpty() ? null : String.join(",", eventTypes);
    }
}
