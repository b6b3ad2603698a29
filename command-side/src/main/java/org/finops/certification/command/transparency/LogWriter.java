package org.finops.certification.command.transparency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.finops.certification.command.execution.AuditCorrelation;
import org.finops.certification.command.publication.CloudEventMapping;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The log's one writer: a tracking processor of one segment (so one instance at a time holds it, by its token's
 * claim) that appends each stored event as it reads it, in the transaction that moves its token. A restart
 * resumes after the last leaf written; a second instance waits for the claim; a rebuild of the read models never
 * reaches here. The leaf is made from the event exactly as the publisher sends it ({@link CloudEventMapping}).
 */
@Component
@ProcessingGroup(LogWriter.PROCESSOR)
class LogWriter {
    static final String PROCESSOR = "transparency-log";
    private static final String PENDING = LogWriter.class.getName() + ".pending";

    private final LogStore log;
    private final CloudEventMapping mapping;
    private final JsonMapper json;

    LogWriter(LogStore log, CloudEventMapping mapping, JsonMapper json) {
        this.log = log;
        this.mapping = mapping;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        CloudEventMapping.Published published = mapping.published(message);
        LogLeaf leaf = new LogLeaf(message.getIdentifier(), published.event().type(), published.event().memberId(),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0,
                published.event().time().toString(), auditFacts(message).sha256(json),
                LogLeaf.sha256Hex(published.data()));
        pending().add(new LogStore.Entry(message.getIdentifier(), leaf.bytes(json)));
    }

    /** The batch's leaves, appended together before its transaction (which stores the writer's token) commits. */
    private List<LogStore.Entry> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, name -> {
            List<LogStore.Entry> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> log.append(pending));
            return pending;
        });
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
