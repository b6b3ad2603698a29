package org.finops.certification.command.infrastructure;

import org.finops.certification.command.policy.Policy;
import org.finops.certification.command.policy.PolicyCatalog;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.finops.certification.events.PolicyPublished;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The policy versions in PostgreSQL, kept by a subscribing handler in the transaction that publishes them. */
@Component
@ProcessingGroup(Owners.PROCESSING_GROUP)
public class JdbcPolicyCatalog implements PolicyCatalog {
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Map<String, Policy> versions = new ConcurrentHashMap<>();

    public JdbcPolicyCatalog(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Policy inForceAt(Instant instant) {
        return jdbc.queryForList("SELECT version FROM policy_version WHERE effective_from <= ?"
                        + " ORDER BY effective_from DESC, version DESC LIMIT 1", String.class, Timestamp.from(instant))
                .stream().findFirst().flatMap(this::version)
                .orElseThrow(() -> new IllegalStateException("no policy is in force at " + instant));
    }

    /** A published version never changes: each is read and parsed once (there are a few, one or two a year). */
    @Override
    public Optional<Policy> version(String version) {
        Policy known = versions.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Policy> stored = jdbc.query("SELECT document FROM policy_version WHERE version = ?",
                (row, n) -> read(row.getBytes(1)), version).stream().findFirst();
        stored.ifPresent(policy -> AfterCommit.remember(() -> versions.put(version, policy)));
        return stored;
    }

    @EventHandler
    void on(PolicyPublished event) {
        jdbc.update("INSERT INTO policy_version (version, effective_from, document) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                event.policyVersion(), Timestamp.from(event.effectiveFrom()), json.writeValueAsBytes(event));
    }

    private Policy read(byte[] document) {
        return new Policy(json.readValue(document, PolicyPublished.class));
    }
}
