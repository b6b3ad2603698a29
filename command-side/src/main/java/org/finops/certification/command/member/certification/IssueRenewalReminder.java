package org.finops.certification.command.member.certification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the scheduler when the moment of a reminder of the certification's policy came. */
public record IssueRenewalReminder(@TargetAggregateIdentifier String memberId, String certificationId,
                                   String reminderOffset) {
}
