package org.finops.certification.console.web;

import org.finops.certification.console.api.Apis;
import org.finops.certification.console.api.Reply;
import org.finops.certification.console.signin.ConsoleUser;
import org.finops.certification.contract.ApiPaths;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The published policy versions as the query API lists them (newest first), read for the forms and the tables. */
@Component
public class Policies {
    private final Apis apis;

    public Policies(Apis apis) {
        this.apis = apis;
    }

    public List<Version> all(ConsoleUser user) {
        Reply reply = apis.query(ApiPaths.POLICIES, user);
        return reply.path("policies").valueStream()
                .map(policy -> new Version(policy.path("version").asString(),
                        Instant.parse(policy.path("effectiveFrom").asString()), policy.path("inForce").asBoolean(),
                        policy.path("document"))).toList();
    }

    /** The version decisions apply now, as the query API marks it. */
    public Optional<Version> inForce(ConsoleUser user) {
        return all(user).stream().filter(Version::inForce).findFirst();
    }

    /** Every requirement of the versions, one row each, with each version's value (blank where it has none). */
    public static List<Row> sideBySide(List<Version> versions) {
        TreeSet<String> keys = new TreeSet<>();
        versions.forEach(version -> keys.addAll(version.values().keySet()));
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(new Row(key, versions.stream().map(version -> version.values().getOrDefault(key, "")).toList()));
        }
        return rows;
    }

    public record Version(String version, Instant effectiveFrom, boolean inForce, JsonNode document) {

        /** The capability criteria of a type and the minimum total: values to meet, never a score. */
        public Criteria criteria(String type) {
            Map<String, Integer> capabilities = new TreeMap<>();
            document.path("capabilities").path(type).properties()
                    .forEach(entry -> capabilities.put(entry.getKey(), entry.getValue().asInt()));
            return new Criteria(version, capabilities, document.path("minimumCapabilityTotal").path(type).asInt());
        }

        /** Each setting of the document as "section / key / …" → value, for comparing versions line by line. */
        Map<String, String> values() {
            Map<String, String> values = new TreeMap<>();
            flatten("", document, values);
            values.remove("policyVersion");
            values.remove("effectiveFrom");
            return values;
        }

        private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
            if (node.isObject()) {
                node.properties().forEach(entry -> flatten(prefix.isEmpty() ? entry.getKey()
                        : prefix + " / " + entry.getKey(), entry.getValue(), values));
            } else if (node.isArray()) {
                List<String> items = node.valueStream().map(JsonNode::asString).toList();
                values.put(prefix, String.join(", ", items));
            } else {
                values.put(prefix, node.asString());
            }
        }
    }

    public record Criteria(String policyVersion, Map<String, Integer> capabilities, int minimumTotal) {
    }

    public record Row(String requirement, List<String> values) {
    }
}
