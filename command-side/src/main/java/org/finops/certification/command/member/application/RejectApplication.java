package org.finops.certification.command.member.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectApplication(@TargetAggregateIdentifier String memberId, String applicationId, String reason) {
}
