package org.finops.certification.command.member.certification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.finops.certification.events.CertificationType;

import java.time.Instant;

public record ImportLegacyCertification(@TargetAggregateIdentifier String memberId, String certificationId,
                                        CertificationType legacyType, Instant grantedOn, Instant validUntil,
                                        String externalReference) {
}
