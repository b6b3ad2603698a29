package org.finops.certification.command.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.finops.certification.events.SizeBand;

public record RegisterMember(@TargetAggregateIdentifier String memberId, String legalName, SizeBand sizeBand,
                             boolean goodStanding, String contactEmail) {
}
