package org.finops.certification.command.member.application;

import java.time.Instant;

/** The answer to an approved application: the certification it granted or renewed. */
public record Approval(String certificationId, Instant validUntil) {
}
