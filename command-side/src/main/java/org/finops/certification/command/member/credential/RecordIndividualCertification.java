package org.finops.certification.command.member.credential;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.finops.certification.events.IndividualCertificationType;

import java.time.LocalDate;

public record RecordIndividualCertification(@TargetAggregateIdentifier String memberId, String credentialId,
                                            String personId, IndividualCertificationType type, LocalDate issuedOn,
                                            LocalDate expiresOn) {
}
