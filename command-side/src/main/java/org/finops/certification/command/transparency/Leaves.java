package org.finops.certification.command.transparency;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.finops.certification.command.execution.AuditCorrelation;
import org.finops.certification.command.publication.CloudEventMapping;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;

/**
 * A stored event's leaf, made from the event exactly as the publisher sends it ({@link CloudEventMapping}): by the
 * writer when it appends, and again by the store check, which finds an event edited since by its leaf differing.
 */
@Component
class Leaves {
    private final CloudEventMapping mapping;
    private final JsonMapper json;

    Leaves(CloudEventMapping mapping, JsonMapper json) {
        this.mapping = mapping;
        this.json = json;
    }

    byte[] of(EventMessage<?> message) {
        CloudEventMapping.Published published = mapping.published(message);
        return new LogLeaf(message.getIdentifier(), published.event().type(), published.event().memberId(),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0,
                published.event().time().toString(), auditFacts(message).sha256(json),
                LogLeaf.sha256Hex(published.data())).bytes(json);
    }

    private static LogLeaf.AuditFacts auditFacts(EventMessage<?> message) {
        String roles = text(message, AuditCorrelation.ROLES);
        return new LogLeaf.AuditFacts(text(message, AuditCorrelation.ACTOR),
                roles == null || roles.isEmpty() ? List.of() : Arrays.stream(roles.split(",")).sorted().toList(),
                text(message, AuditCorrelation.REASON), text(message, AuditCorrelation.CORRELATION_ID));
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
