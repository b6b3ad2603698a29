package org.finops.certification.command.rules;

/**
 * The answer of a command whose refusal is itself recorded (a transfer, a white-label extension): unlike a
 * {@link RuleViolation} the command succeeds in writing the refusal, so it cannot be an exception.
 */
public record Refused(Refusal refusal, String detail) {
}
