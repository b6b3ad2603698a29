package org.finops.certification.command.execution;

/** An Idempotency-Key repeated with another request than the one it was first used for. */
public class IdempotencyKeyReused extends RuntimeException {
    public IdempotencyKeyReused() {
        super("this Idempotency-Key was used for a different request");
    }
}
