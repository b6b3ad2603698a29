package org.finops.certification.query.consumer;

import org.finops.certification.events.CloudEvent;

import java.time.Instant;

/**
 * A published event as the projections see it: the CloudEvent attributes they need and the event record.
 *
 * @param position the event's position in the command side's store; increases along a member's events
 * @param attributes every CloudEvents attribute as the topic carried it, for what passes the event on (webhooks)
 */
public record ProjectedEvent(String id, long position, Instant time, String type, String memberId, String actor,
                             String correlationId, String policyVersion, String json, Object payload,
                             CloudEvent attributes) {
}
