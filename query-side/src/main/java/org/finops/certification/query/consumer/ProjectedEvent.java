package org.finops.certification.query.consumer;

import java.time.Instant;

/**
 * A published event as the projections see it: the CloudEvent attributes they need and the event record.
 *
 * @param position the event's position in the command side's store; increases along a member's events
 */
public record ProjectedEvent(String id, long position, Instant time, String type, String memberId, String actor,
                             String correlationId, String policyVersion, String json, Object payload) {
}
