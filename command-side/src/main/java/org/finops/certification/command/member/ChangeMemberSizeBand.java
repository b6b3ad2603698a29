package org.finops.certification.command.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.finops.certification.events.SizeBand;

public record ChangeMemberSizeBand(@TargetAggregateIdentifier String memberId, SizeBand sizeBand, String reason) {
}
