package org.finops.certification.query.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as staff see it; the secret only once, in the answer that made (or rotated) it.
 *
 * @param eventTypes the CloudEvents types delivered; null for every type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscription(String id, String url, List<String> eventTypes, String memberId,
                                  String description, boolean enabled, String disabledReason, Instant createdAt,
                                  String createdBy, String secret) {

    WebhookSubscription withSecret(String shownOnce) {
        return new WebhookSubscription(id, url, eventTypes, memberId, description, enabled, disabledReason,
                createdAt, createdBy, shownOnce);
    }
}
