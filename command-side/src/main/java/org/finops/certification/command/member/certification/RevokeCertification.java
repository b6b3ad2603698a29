package org.finops.certification.command.member.certification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeCertification(@TargetAggregateIdentifier String memberId, String certificationId, String reason) {
}
