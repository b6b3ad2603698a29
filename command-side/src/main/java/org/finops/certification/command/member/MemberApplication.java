package org.finops.certification.command.member;

import org.finops.certification.events.CertificationType;

/** An application (or renewal review, when {@code renewalOf} names a certification) of one member. */
public record MemberApplication(String applicationId, CertificationType type, ApplicationStatus status,
                                ApplicationContent content, String renewalOf) {

    public boolean isOpen() {
        return status == ApplicationStatus.SUBMITTED;
    }

    public boolean isRenewal() {
        return renewalOf != null;
    }

    MemberApplication withStatus(ApplicationStatus newStatus) {
        return new MemberApplication(applicationId, type, newStatus, content, renewalOf);
    }
}
