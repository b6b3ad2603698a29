package org.finops.certification.query.audit;

import java.time.Instant;

/**
 * One decision or refusal in the trail, with who, when, why and under which policy version; {@code leafIndex} is its
 * leaf in the transparency log, null until the command side has announced it (within seconds).
 */
record AuditEntry(long position, String eventId, String eventType, Instant occurredAt, String actor, String reason,
                  String policyVersion, String memberId, String certificationId, String applicationId,
                  String correlationId, Long leafIndex) {
}
