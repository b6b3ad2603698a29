package org.finops.certification.command.member.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.finops.certification.events.CertificationType;

public record SubmitApplication(@TargetAggregateIdentifier String memberId, String applicationId,
                                CertificationType type, ApplicationContent content,
                                String basedOnCertificationId) {
}
