package org.finops.certification.query.certification;

import java.time.Instant;

/** A certification as queries answer it. */
public record CertificationView(String certificationId, String memberId, String type, String status,
                                Instant grantedOn, Instant validUntil, String policyVersion) {
}
