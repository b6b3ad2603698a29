package org.finops.certification.command.publication;

/** Kafka is unreachable or slow: the batch fails, its token is not stored, and the processor retries it. */
public class PublicationInterrupted extends RuntimeException {
    public PublicationInterrupted(String message, Throwable cause) {
        super(message, cause);
    }
}
