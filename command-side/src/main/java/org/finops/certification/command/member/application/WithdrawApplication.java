package org.finops.certification.command.member.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawApplication(@TargetAggregateIdentifier String memberId, String applicationId, String reason) {
}
