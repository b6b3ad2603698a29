package org.finops.certification.command.execution;

/** A client's Idempotency-Key, scoped to the actor, with a digest of the request it was first used for. */
public record Idempotency(String actor, String key, String requestHash) {
}
