package org.finops.certification.command.execution;

import org.axonframework.messaging.MetaData;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who sends a command, with which roles, why, and in which request: the metadata {@link AuditCorrelation} copies
 * onto every event the command causes. Built here only, for people and for the scheduler alike.
 */
public record AuditFacts(String actor, Set<String> roles, String reason, String correlationId) {

    /** What the service does by itself, as {@code system:<who>}; without a correlation id each command starts one. */
    public static AuditFacts system(String actor, String reason, String correlationId) {
        return new AuditFacts(actor, Set.of(), reason, correlationId);
    }

    public MetaData asMetaData() {
        MetaData audit = MetaData.with(AuditCorrelation.ACTOR, actor);
        if (correlationId != null) {
            audit = audit.and(AuditCorrelation.CORRELATION_ID, correlationId);
        }
        if (!roles.isEmpty()) {
            audit = audit.and(AuditCorrelation.ROLES, String.join(",", new TreeSet<>(roles)));
        }
        return reason == null ? audit : audit.and(AuditCorrelation.REASON, reason);
    }
}
