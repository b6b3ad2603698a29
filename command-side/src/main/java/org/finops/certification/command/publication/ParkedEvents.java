package org.finops.certification.command.publication;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events Kafka refused for good, in the publisher's own transaction, so parking commits with the batch's token.
 * The members with parked events are cached: parking is rare and only ever added to by the publisher.
 */
@Component
public class ParkedEvents {
    private final JdbcTemplate jdbc;
    private final Set<String> members = ConcurrentHashMap.newKeySet();

    public ParkedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        members.addAll(jdbc.queryForList("SELECT DISTINCT member_id FROM parked_publication", String.class));
    }

    boolean holdsMember(String memberId) {
        return members.contains(memberId);
    }

    void park(EventMessage<?> message, String memberId, String reason) {
        jdbc.update("INSERT INTO parked_publication (event_identifier, member_id, global_index, payload_type, reason)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", message.getIdentifier(), memberId,
                CloudEventMapping.positionOf(message).orElse(-1), message.getPayloadType().getName(),
                reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        members.add(memberId);
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM parked_publication", Long.class);
        return count == null ? 0 : count;
    }
}
