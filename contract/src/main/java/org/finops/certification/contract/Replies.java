package org.finops.certification.contract;

import java.time.Instant;

/** The bodies of the command API's success answers, one record each, so the OpenAPI document shows their fields. */
public final class Replies {
    private Replies() {
    }

    public record MemberRegistered(String memberId) {
    }

    public record StandingChanged(String memberId, boolean goodStanding) {
    }

    public record SizeBandChanged(String memberId, String sizeBand) {
    }

    public record Credential(String memberId, String credentialId) {
    }

    public record ApplicationSubmitted(String applicationId) {
    }

    public record ApplicationApproved(String applicationId, String certificationId, Instant validUntil) {
    }

    /** {@code status} is REJECTED or WITHDRAWN. */
    public record ApplicationClosed(String applicationId, String status) {
    }

    public record RenewalRequested(String applicationId, String certificationId) {
    }

    public record CertificationRevoked(String certificationId, String status) {
    }

    public record LegacyCertificationImported(String certificationId) {
    }

    public record PolicyPublished(String policyVersion, Instant effectiveFrom) {
    }

    /**
     * A bulk import of individual certifications: {@code state} VALIDATED (a dry run, nothing recorded), RUNNING or
     * DONE; its rows counted by outcome ({@code valid}: still to record); {@code progress} from 0 to 1.
     */
    public record CredentialImport(String importId, String memberId, String state, int rows, int valid, int recorded,
                                   int alreadyRecorded, int refused, double progress, Instant createdAt,
                                   Instant finishedAt) {
    }
}
