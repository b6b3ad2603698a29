package org.finops.certification.query.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * An application and the decision on it; {@code reason} repeats the decision's reason, as the contract lists it.
 * {@code submission} is what the member submitted (offering, capabilities, focus, community), on the single answer.
 */
public record ApplicationView(String applicationId, String memberId, String type, String status, Instant submittedAt,
                              String renewalOf, Decision decision, String policyVersion, JsonNode submission) {

    @JsonProperty("reason")
    public String reason() {
        return decision == null ? null : decision.reason();
    }

    ApplicationView withSubmission(JsonNode submitted) {
        return new ApplicationView(applicationId, memberId, type, status, submittedAt, renewalOf, decision,
                policyVersion, submitted);
    }

    /** Who decided, when, why, under which policy; null while the application is open. */
    public record Decision(String outcome, Instant decidedAt, String decidedBy, String reason, String policyVersion,
                           String certificationId) {
    }
}
