package org.finops.certification.command.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestWhiteLabelExtension(@TargetAggregateIdentifier String memberId, String certificationId, String partnerMemberId) {
}
