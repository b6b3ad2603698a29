package org.finops.certification.command.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestTransfer(@TargetAggregateIdentifier String memberId, String certificationId, String toMemberId, String reason) {
}
