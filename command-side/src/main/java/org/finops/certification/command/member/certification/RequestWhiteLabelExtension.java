package org.finops.certification.command.member.certification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestWhiteLabelExtension(@TargetAggregateIdentifier String memberId, String certificationId,
                                         String partnerMemberId) {
}
