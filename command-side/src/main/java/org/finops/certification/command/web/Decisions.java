package org.finops.certification.command.web;

import org.finops.certification.support.web.Correlation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.finops.certification.command.infrastructure.AuditCorrelation;
import org.finops.certification.support.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.TreeSet;

/** Sends a command with its audit metadata and reports the stream position of what it wrote. */
@Component
public class Decisions {
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    public Decisions(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    public <R> Decided<R> decide(String aggregateId, Object command, Caller caller, String reason) {
        MetaData audit = MetaData.with(AuditCorrelation.ACTOR, caller.actor())
                .and(AuditCorrelation.ROLES, String.join(",", new TreeSet<>(caller.roles())))
                .and(AuditCorrelation.CORRELATION_ID, Correlation.currentId());
        if (reason != null) {
            audit = audit.and(AuditCorrelation.REASON, reason);
        }
        R result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit));
        return new Decided<>(result, positionOf(aggregateId));
    }

    /**
     * The global index of the aggregate's latest event: the command runs inside the request's transaction, so its
     * own uncommitted events are visible here.
     */
    private long positionOf(String aggregateId) {
        Long position = jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                aggregateId);
        return position == null ? -1 : position;
    }

    public record Decided<R>(R result, long position) {
    }
}
