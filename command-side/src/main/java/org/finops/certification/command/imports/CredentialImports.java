package org.finops.certification.command.imports;

import org.finops.certification.command.infrastructure.TextArrays;
import org.finops.certification.support.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The imports and their rows as stored. A row leaves VALID once, by a conditional update: recorded inside the
 * transaction of its event, or settled (refused, already recorded) in one of its own.
 */
@Component
class CredentialImports {
    static final String ANOTHER_ORGANISATION = "credentialId: already counted for another organisation (a person's"
            + " certification counts for one organisation)";
    static final String HERE_ALREADY = "credentialId: already recorded for this member, so not recorded again";

    private final JdbcTemplate jdbc;

    CredentialImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean memberExists(String memberId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0 AND type = 'Member')", Boolean.class,
                memberId));
    }

    /** Stores the checked rows, each valid one checked once more against the credentials already counted. */
    @Transactional
    String create(String memberId, Caller caller, ImportState state, String fileSha256, List<ImportRow> rows) {
        String importId = UUID.randomUUID().toString();
        Map<String, String> holders = holdersOf(rows);
        jdbc.update("INSERT INTO credential_import (import_id, member_id, actor, roles, state, row_count, file_sha256)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", importId, memberId, caller.actor(),
                String.join(",", new TreeSet<>(caller.roles())), state.name(), rows.size(), fileSha256);
        List<Object[]> stored = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            ImportRow checked = row;
            ImportOutcome outcome = row.valid() ? ImportOutcome.VALID : ImportOutcome.REFUSED;
            String holder = row.valid() ? holders.get(row.credentialId()) : null;
            if (holder != null && holder.equals(memberId)) {
                outcome = ImportOutcome.ALREADY_RECORDED;
            } else if (holder != null) {
                checked = row.refused(ANOTHER_ORGANISATION);
                outcome = ImportOutcome.REFUSED;
            }
            var credential = checked.credential();
            stored.add(new Object[]{importId, row.line(), row.credentialId(), row.personId(),
                    credential == null ? null : credential.type().name(),
                    credential == null ? null : credential.issuedOn(),
                    credential == null ? null : credential.expiresOn(), outcome.name(),
                    outcome == ImportOutcome.ALREADY_RECORDED ? HERE_ALREADY : String.join("; ", checked.problems())});
        }
        jdbc.batchUpdate("INSERT INTO credential_import_row (import_id, line, credential_id, person_id, type,"
                + " issued_on, expires_on, outcome, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", stored);
        return importId;
    }

    /** @return who holds each of the rows' credential ids today, for those someone holds */
    Map<String, String> holdersOf(List<ImportRow> rows) {
        Map<String, String> holders = new HashMap<>();
        List<String> ids = rows.stream().filter(ImportRow::valid).map(ImportRow::credentialId).toList();
        if (!ids.isEmpty()) {
            jdbc.query(TextArrays.statement("SELECT credential_id, member_id FROM credential_claim"
                    + " WHERE credential_id = ANY (?)", ids), row -> {
                holders.put(row.getString(1), row.getString(2));
            });
        }
        return holders;
    }

    Optional<ImportSummary> find(String importId) {
        return summaries("SELECT * FROM credential_import WHERE import_id = ?", importId).stream().findFirst();
    }

    /** The member's latest imports, newest first. */
    List<ImportSummary> latest(String memberId, int limit) {
        return summaries("SELECT * FROM credential_import WHERE member_id = ? ORDER BY created_at DESC LIMIT ?",
                memberId, limit);
    }

    /** The imports {@code chosen} selects, each with its rows counted by outcome, in one statement. */
    private List<ImportSummary> summaries(String chosen, Object... arguments) {
        Map<String, ImportSummary> found = new LinkedHashMap<>();
        jdbc.query("SELECT i.import_id, i.member_id, i.state, i.row_count, i.created_at, i.finished_at, r.outcome,"
                + " count(r.line) FROM (" + chosen + ") i LEFT JOIN credential_import_row r ON r.import_id ="
                + " i.import_id GROUP BY i.import_id, i.member_id, i.state, i.row_count, i.created_at, i.finished_at,"
                + " r.outcome ORDER BY i.created_at DESC", row -> {
                    ImportSummary summary = found.computeIfAbsent(row.getString(1), id -> {
                        try {
                            return new ImportSummary(id, row.getString(2), ImportState.valueOf(row.getString(3)),
                                    row.getInt(4), new EnumMap<>(ImportOutcome.class),
                                    row.getTimestamp(5).toInstant(), Optional.ofNullable(row.getTimestamp(6))
                                    .map(Timestamp::toInstant).orElse(null));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (row.getString(7) != null) {
                        summary.counted().put(ImportOutcome.valueOf(row.getString(7)), row.getInt(8));
                    }
                }, arguments);
        return List.copyOf(found.values());
    }

    List<ReportLine> report(String importId) {
        return jdbc.query("SELECT line, credential_id, outcome, problems FROM credential_import_row"
                        + " WHERE import_id = ? ORDER BY line", (row, n) -> new ReportLine(row.getInt(1),
                        row.getString(2), ImportOutcome.valueOf(row.getString(3)), row.getString(4)), importId);
    }

    /** A validated import is run by whoever says so: its events are recorded as that caller's. */
    boolean start(String importId, Caller caller) {
        return jdbc.update("UPDATE credential_import SET state = 'RUNNING', actor = ?, roles = ?"
                        + " WHERE import_id = ? AND state = 'VALIDATED'", caller.actor(),
                String.join(",", new TreeSet<>(caller.roles())), importId) == 1;
    }

    /** One line of the report: the row, its credential id as the file gave it, what became of it and why. */
    record ReportLine(int row, String credentialId, ImportOutcome outcome, String problems) {
    }
}
