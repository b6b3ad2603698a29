package org.finops.certification.command.publication;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event to Kafka from the event store itself. It runs in a streaming processor whose token
 * lives in PostgreSQL: a batch's token is committed only after Kafka acknowledged every record of the batch
 * ({@code acks=all}, idempotent producer), so a crash anywhere re-publishes (same {@code ce_id}) instead of losing,
 * and an event whose transaction failed is never read. Events of one member share a segment and stay in order.
 */
@Component
@ProcessingGroup(EventPublisher.PROCESSOR)
public class EventPublisher {
    public static final String PROCESSOR = "kafka-publisher";
    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);
    private static final String PENDING_SENDS = EventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventMapping mapping;
    private final ParkedEvents parked;
    private final TopicProvisioner topics;
    private final MeterRegistry meters;
    private final Duration acknowledgementTimeout;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka, CloudEventMapping mapping, ParkedEvents parked,
                          TopicProvisioner topics, MeterRegistry meters, PublicationSettings settings) {
        this.kafka = kafka;
        this.mapping = mapping;
        this.parked = parked;
        this.topics = topics;
        this.meters = meters;
        this.acknowledgementTimeout = settings.acknowledgementTimeout();
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        topics.ensureCreated();
        String key = CloudEventMapping.keyOf(payload);
        if (parked.holdsMember(key)) {
            parked.park(message, key, "an earlier event of this member is parked; order is kept by parking this too");
            return;
        }
        ProducerRecord<String, byte[]> record;
        try {
            record = mapping.toRecord(message);
        } catch (UnpublishableEvent e) {
            parkLoudly(message, key, e);
            return;
        }
        CompletableFuture<SendResult<String, byte[]>> sent;
        try {
            sent = kafka.send(record);
        } catch (KafkaException e) {
            // the producer refuses some records at once (one larger than max.request.size): parked, not retried
            if (!isPoison(e.getCause())) {
                throw e;
            }
            parkLoudly(message, key, e.getCause());
            return;
        }
        if (sent.isCompletedExceptionally() && isPoison(failureOf(sent))) {
            parkLoudly(message, key, failureOf(sent));
            return;
        }
        pendingSends().add(new PendingSend(message, key, sent));
    }

    /** The batch's token is stored after this returns: every record of the batch must be acknowledged first. */
    private void awaitAcknowledgements(List<PendingSend> pending) {
        // the batch is whole: send what lingers now instead of after linger.ms (each batch waited for it, and every
        // event behind it on this thread too)
        kafka.flush();
        for (PendingSend send : pending) {
            try {
                send.result().get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
                meters.counter("certification.events.published", "type",
                        send.message().getPayloadType().getSimpleName()).increment();
            } catch (ExecutionException e) {
                if (isPoison(e.getCause())) {
                    parkLoudly(send.message(), send.key(), e.getCause());
                } else {
                    throw new PublicationInterrupted("Kafka did not acknowledge event " + send.message().getIdentifier()
                            + "; the batch is retried", e.getCause());
                }
            } catch (TimeoutException e) {
                throw new PublicationInterrupted("Kafka did not acknowledge within " + acknowledgementTimeout, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublicationInterrupted("interrupted while waiting for Kafka", e);
            }
        }
    }

    private List<PendingSend> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, name -> {
            List<PendingSend> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitAcknowledgements(pending));
            return pending;
        });
    }

    private void parkLoudly(EventMessage<?> message, String key, Throwable reason) {
        log.error("PUBLICATION PARKED: event {} ({}) of {} cannot be published and is parked, with the later events"
                        + " of the same member behind it; the other members' events keep flowing. Reason: {}",
                message.getIdentifier(), message.getPayloadType().getSimpleName(), key, reason.toString());
        meters.counter("certification.publication.parked").increment();
        parked.park(message, key, reason.toString());
    }

    private static boolean isPoison(Throwable failure) {
        return failure instanceof UnpublishableEvent || failure instanceof RecordTooLargeException
                || failure instanceof InvalidRecordException || failure instanceof SerializationException;
    }

    private static Throwable failureOf(CompletableFuture<?> future) {
        try {
            future.getNow(null);
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getCause() != null && !isPoison(cause) ? cause.getCause() : cause;
        }
    }

    private record PendingSend(EventMessage<?> message, String key,
                               CompletableFuture<SendResult<String, byte[]>> result) {
    }
}
