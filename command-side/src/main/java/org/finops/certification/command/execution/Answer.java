package org.finops.certification.command.execution;

/**
 * The answer a command gets, composed inside its transaction so that the Idempotency-Key record stores exactly
 * what the client is sent: every repeat of the key is answered with these bytes.
 */
public record Answer(int status, String contentType, Long eventPosition, String location, byte[] body) {
}
