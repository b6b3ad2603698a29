package org.finops.certification.command.transparency;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an event's row changed, in words: the fields in which the leaf made from it now differs from the logged one. */
final class LeafDifference {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> MEANING = Map.of(
            "dataSha256", "its data",
            "auditSha256", "its audit facts (actor, roles, reason or correlation id)",
            "time", "its time",
            "type", "its type",
            "memberId", "its member",
            "aggregateSequence", "its place in its member's history");

    private LeafDifference() {
    }

    static String between(byte[] logged, byte[] now) {
        JsonNode before = JSON.readTree(logged);
        JsonNode after = JSON.readTree(now);
        List<String> changed = new ArrayList<>();
        before.propertyNames().forEach(field -> {
            if (!before.path(field).equals(after.path(field))) {
                changed.add(MEANING.getOrDefault(field, field) + " (" + field + ")");
            }
        });
        return "the stored event no longer matches its leaf: " + (changed.isEmpty() ? "its bytes differ"
                : String.join(", ", changed)) + " changed after it was logged";
    }
}
