package org.finops.certification.query.webhook;

import org.finops.certification.events.EventTypes;
import org.finops.certification.support.web.InvalidRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A subscription as staff send it ({@code POST}) or change it ({@code PATCH}: what is absent stays). Every field's
 * problem is reported at once.
 */
public record WebhookRequest(String url, List<String> eventTypes, String memberId, String description,
                             Boolean enabled) {
    static final int MAX_DESCRIPTION = 500;
    static final Set<String> TYPES = EventTypes.ALL.stream().map(EventTypes.EventType::ceType)
            .collect(Collectors.toUnmodifiableSet());

    void check(TargetSafety safety, boolean urlRequired) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (url == null || url.isBlank()) {
            if (urlRequired) {
                problems.put("url", "is required");
            }
        } else {
            safety.problemWith(url.strip()).ifPresent(problem -> problems.put("url", problem));
        }
        if (eventTypes != null) {
            for (int i = 0; i < eventTypes.size(); i++) {
                if (!TYPES.contains(eventTypes.get(i))) {
                    problems.put("eventTypes[" + i + "]", "is not a CloudEvents type of this service, such as "
                            + "org.finops.certification.CertificationGranted.v1");
                }
            }
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.put("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (memberId != null && (memberId.isBlank() || memberId.length() > 128)) {
            problems.put("memberId", "must be a member id of 1 to 128 characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    /** The subscription with what this request changes. */
    WebhookSubscription applyTo(WebhookSubscription current) {
        return new WebhookSubscription(current.id(), url == null ? current.url() : url.strip(),
                eventTypes == null ? current.eventTypes() : eventTypes,
                memberId == null ? current.memberId() : memberId, description == null ? current.description()
                : description, enabled == null ? current.enabled() : enabled, current.disabledReason(),
                current.createdAt(), current.createdBy(), null);
    }
}
