package org.finops.certification.command.web;

/** The first answer given to an Idempotency-Key, replayed verbatim to every repeat. */
public record StoredResponse(String requestHash, int status, String contentType, Long eventPosition, String location,
                             byte[] body) {
}
