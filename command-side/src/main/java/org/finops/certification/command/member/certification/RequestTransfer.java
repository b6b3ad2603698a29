package org.finops.certification.command.member.certification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestTransfer(@TargetAggregateIdentifier String memberId, String certificationId, String toMemberId,
                              String reason) {
}
