package org.finops.certification.query.transparency;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps where each event's leaf is in the transparency log, as the command side announces it: the audit trail
 * names every entry's leaf, for anyone to ask the log for its proof. A record read again, or a later one for the
 * same event (its leaf moved before its batch was stored), is written over: the last one is the log's.
 */
@Component
class LeafIndexes {
    static final String LISTENER_ID = "leaf-indexes";
    private static final Logger log = LoggerFactory.getLogger(LeafIndexes.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    LeafIndexes(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @KafkaListener(id = LISTENER_ID, topics = "${cert.kafka.leaves-topic:certification.transparency.v1}",
            groupId = "${cert.kafka.group-id:certification-query-side}.leaves", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        // the last announcement of an event is the log's, and one statement may change a row only once
        Map<String, Long> leaves = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                JsonNode leaf = json.readTree(record.value());
                if (leaf.path("eventId").isString() && leaf.path("leafIndex").canConvertToLong()) {
                    leaves.put(leaf.path("eventId").asString(), leaf.path("leafIndex").asLong());
                    continue;
                }
            } catch (JacksonException e) {
                // reported below with the record's place
            }
            log.error("skipping a leaf announcement that is not {{eventId, leafIndex}} at {}-{}@{}", record.topic(),
                    record.partition(), record.offset());
        }
        if (leaves.isEmpty()) {
            return;
        }
        // one statement for the whole poll: a leaf is announced for every event the command side stores
        jdbc.update(connection -> {
            PreparedStatement upsert = connection.prepareStatement("INSERT INTO transparency_leaf_index"
                    + " (event_id, leaf_index) SELECT * FROM unnest(?::varchar[], ?::bigint[])"
                    + " ON CONFLICT (event_id) DO UPDATE SET leaf_index = EXCLUDED.leaf_index");
            upsert.setArray(1, connection.createArrayOf("varchar", leaves.keySet().toArray()));
            upsert.setArray(2, connection.createArrayOf("bigint", leaves.values().toArray()));
            return upsert;
        });
    }
}
