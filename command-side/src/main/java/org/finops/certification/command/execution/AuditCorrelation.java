package org.finops.certification.command.execution;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the audit facts of a command onto every event it causes: who (actor, roles), why (reason), which
 * request (correlation id) and which command (causation id). Together with the event's time and the policy version
 * in decision events, they explain a decision years later.
 */
public class AuditCorrelation implements CorrelationDataProvider {
    public static final String ACTOR = "actor";
    public static final String ROLES = "roles";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> audit = new HashMap<>();
        for (String key : new String[]{ACTOR, ROLES, REASON, CORRELATION_ID}) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                audit.put(key, value);
            }
        }
        audit.putIfAbsent(CORRELATION_ID, message.getIdentifier());
        audit.put(CAUSATION_ID, message.getIdentifier());
        return audit;
    }
}
