package org.finops.certification.command.publication;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Events Kafka refused for good, in the publisher's own transaction, so parking commits with the batch's token.
 * Which members have parked events is read from the table once per batch, never cached beyond it: another
 * instance may have parked a member's event before this one took its segment over, and the table, committed with
 * that instance's token, is the only place that knows.
 */
@Component
public class ParkedEvents {
    private static final String MEMBERS_OF_THE_BATCH = ParkedEvents.class.getName() + ".members";

    private final JdbcTemplate jdbc;

    public ParkedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean holdsMember(String memberId) {
        return membersOfTheBatch().contains(memberId);
    }

    void park(EventMessage<?> message, String memberId, String reason) {
        jdbc.update("INSERT INTO parked_publication (event_identifier, member_id, global_index, payload_type, reason)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", message.getIdentifier(), memberId,
                CloudEventMapping.positionOf(message).orElse(-1), message.getPayloadType().getName(),
                reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        membersOfTheBatch().add(memberId);
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM parked_publication", Long.class);
        return count == null ? 0 : count;
    }

    private Set<String> membersOfTheBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(MEMBERS_OF_THE_BATCH, name -> new HashSet<>(
                jdbc.queryForList("SELECT DISTINCT member_id FROM parked_publication", String.class)));
    }
}
