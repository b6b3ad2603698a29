package org.finops.certification.command.member.credential;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawIndividualCertification(@TargetAggregateIdentifier String memberId, String credentialId,
                                              String reason) {
}
