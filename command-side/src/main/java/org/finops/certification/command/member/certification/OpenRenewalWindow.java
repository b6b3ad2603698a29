package org.finops.certification.command.member.certification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the scheduler when the renewal window of a certification should have opened. */
public record OpenRenewalWindow(@TargetAggregateIdentifier String memberId, String certificationId) {
}
