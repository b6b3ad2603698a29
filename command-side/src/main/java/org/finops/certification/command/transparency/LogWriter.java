package org.finops.certification.command.transparency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The log's one writer: a tracking processor of one segment (so one instance at a time holds it, by its token's
 * claim) that appends each stored event as it reads it, in the transaction that moves its token. A restart
 * resumes after the last leaf written; a second instance waits for the claim; a rebuild of the read models never
 * reaches here. Each batch's leaves are announced on the leaves topic ({@link LeafAnnouncements}) before it commits.
 */
@Component
@ProcessingGroup(LogWriter.PROCESSOR)
// off only where the benchmark measures what the log costs (LogCost): a production log has no gap to explain
@ConditionalOnProperty(name = "cert.transparency.writer", havingValue = "on", matchIfMissing = true)
class LogWriter {
    static final String PROCESSOR = "transparency-log";
    private static final String PENDING = LogWriter.class.getName() + ".pending";

    private final LogStore log;
    private final LeafAnnouncements announcements;
    private final Leaves leaves;

    LogWriter(LogStore log, LeafAnnouncements announcements, Leaves leaves) {
        this.log = log;
        this.announcements = announcements;
        this.leaves = leaves;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        pending().add(new LogStore.Entry(message.getIdentifier(), leaves.of(message)));
    }

    /** The batch's leaves, appended together before its transaction (which stores the writer's token) commits. */
    private List<LogStore.Entry> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, name -> {
            List<LogStore.Entry> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> announcements.announce(log.append(pending)));
            return pending;
        });
    }
}
