package org.finops.certification.command.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeMemberStanding(@TargetAggregateIdentifier String memberId, boolean goodStanding, String reason) {
}
