package org.finops.certification.command.publication;

/** An event that Kafka will never take as it is: parked rather than retried forever. */
public class UnpublishableEvent extends RuntimeException {
    public UnpublishableEvent(String message) {
        super(message);
    }
}
