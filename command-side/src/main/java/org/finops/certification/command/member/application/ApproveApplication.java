package org.finops.certification.command.member.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveApplication(@TargetAggregateIdentifier String memberId, String applicationId,
                                 String newCertificationId, String comment) {
}
