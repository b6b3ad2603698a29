package org.finops.certification.command.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestRenewal(@TargetAggregateIdentifier String memberId, String certificationId, String applicationId, ApplicationContent content) {
}
