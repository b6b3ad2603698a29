package org.finops.certification.command.infrastructure;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/**
 * Axon's event store, waking its readers (the Kafka publisher, the log's writer) when the events are committed.
 * Axon wakes them when its unit of work commits, but a command's unit of work joins the request's transaction, which
 * commits after it (with the Idempotency-Key's answer): woken then, the readers found nothing yet and slept until
 * their next poll, up to {@code cert.publication.fetch-delay} added to each command's way to the topic.
 */
final class CommittedEventStore extends EmbeddedEventStore {

    CommittedEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        AfterCommit.remember(() -> super.afterCommit(events));
    }
}
