package org.finops.certification.query.application;

import java.time.Instant;

/** An application and the decision on it. */
public record ApplicationView(String applicationId, String memberId, String type, String status, Instant submittedAt,
                              String renewalOf, Decision decision) {

    /** Who decided, when, why, under which policy; null while the application is open. */
    public record Decision(String outcome, Instant decidedAt, String decidedBy, String reason, String policyVersion,
                           String certificationId) {
    }
}
