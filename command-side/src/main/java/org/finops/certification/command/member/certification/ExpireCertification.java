package org.finops.certification.command.member.certification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the scheduler when a certification's period should have ended. */
public record ExpireCertification(@TargetAggregateIdentifier String memberId, String certificationId) {
}
