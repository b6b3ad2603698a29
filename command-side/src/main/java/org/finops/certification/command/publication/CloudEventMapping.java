package org.finops.certification.command.publication;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.finops.certification.command.execution.AuditCorrelation;
import org.finops.certification.events.CloudEvent;
import org.finops.certification.events.PolicyBound;
import org.finops.certification.events.EventTypes;
import org.finops.certification.events.MemberEvent;
import org.finops.certification.events.PolicyPublished;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.OptionalLong;

/**
 * A stored event as a Kafka record in CloudEvents binary mode: key = the member id, value = the event's JSON,
 * {@code ce_id} = the event's identifier in the store, so a re-publication after a crash carries the same id.
 */
public class CloudEventMapping {
    static final String SOURCE = "/certification/command-side";

    private final JsonMapper json;
    private final String topic;

    public CloudEventMapping(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    /** The event as it is published: its CloudEvents attributes and the bytes of its {@code data}. */
    public record Published(CloudEvent event, byte[] data) {
    }

    public ProducerRecord<String, byte[]> toRecord(EventMessage<?> message) {
        Published published = published(message);
        List<org.apache.kafka.common.header.Header> headers = published.event().headers().entrySet().stream()
                .<org.apache.kafka.common.header.Header>map(h -> new RecordHeader(h.getKey(), h.getValue())).toList();
        return new ProducerRecord<>(topic, null, keyOf(message.getPayload()), published.data(), headers);
    }

    /** What {@link #toRecord} sends, which the transparency log digests too. */
    public Published published(EventMessage<?> message) {
        Object payload = message.getPayload();
        EventTypes.EventType type = EventTypes.of(payload.getClass()).orElseThrow(
                () -> new UnpublishableEvent("no published event type for " + payload.getClass().getSimpleName()));
        CloudEvent event = new CloudEvent(message.getIdentifier(), SOURCE, type.ceType(), subjectOf(message),
                message.getTimestamp(), payload instanceof MemberEvent member ? member.memberId() : null,
                metaData(message, AuditCorrelation.ACTOR),
                payload instanceof PolicyBound decided ? decided.policyVersion() : null,
                metaData(message, AuditCorrelation.CORRELATION_ID), positionOf(message).orElse(-1));
        try {
            return new Published(event, json.writeValueAsBytes(payload));
        } catch (RuntimeException e) {
            throw new UnpublishableEvent("the event cannot be written as JSON: " + e.getMessage());
        }
    }

    /** Policy events concern no member: they are keyed by their version, so versions stay in order. */
    static String keyOf(Object payload) {
        if (payload instanceof MemberEvent member) {
            return member.memberId();
        }
        if (payload instanceof PolicyPublished policy) {
            return "policy:" + policy.policyVersion();
        }
        throw new UnpublishableEvent("no record key for " + payload.getClass().getSimpleName());
    }

    static OptionalLong positionOf(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            OptionalLong position = token.position();
            if (position.isPresent()) {
                return position;
            }
            if (token instanceof GlobalSequenceTrackingToken global) {
                return OptionalLong.of(global.getGlobalIndex());
            }
        }
        return OptionalLong.empty();
    }

    private static String subjectOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    private static String metaData(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
