package org.finops.certification.command.member.certification;

import org.finops.certification.command.member.application.ApplicationContent;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RequestRenewal(@TargetAggregateIdentifier String memberId, String certificationId, String applicationId,
                             ApplicationContent content) {
}
