package org.finops.certification.command.imports;

import org.finops.certification.contract.Requests;
import org.finops.certification.events.IndividualCertificationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The running imports as their runners see them: an import is worked through by one instance at a time, the one
 * holding its lease; a lease not renewed (its instance stopped or was killed) passes to the next that asks.
 */
@Component
class ImportRuns {
    private final JdbcTemplate jdbc;

    ImportRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A running import, with who had it run. */
    record Run(String importId, String memberId, String actor, Set<String> roles) {
    }

    /** A row still to record. */
    record Pending(int line, Requests.RecordCredential credential) {
    }

    /** @return the oldest running import no other instance holds, now leased to {@code runner} */
    Optional<Run> lease(String runner, Duration lease) {
        return jdbc.query("UPDATE credential_import SET runner = ?, lease_until = now() + ? * interval '1 millisecond'"
                        + " WHERE import_id = (SELECT import_id FROM credential_import WHERE state = 'RUNNING'"
                        + " AND (runner = ? OR lease_until IS NULL OR lease_until < now()) ORDER BY created_at"
                        + " LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING import_id, member_id, actor, roles",
                (row, n) -> new Run(row.getString(1), row.getString(2), row.getString(3),
                        Arrays.stream(row.getString(4).split(",")).filter(r -> !r.isEmpty())
                                .collect(Collectors.toUnmodifiableSet())),
                runner, lease.toMillis(), runner).stream().findFirst();
    }

    /** @return false when the lease has passed to another instance, which now carries on */
    boolean renew(String importId, String runner, Duration lease) {
        return jdbc.update("UPDATE credential_import SET lease_until = now() + ? * interval '1 millisecond'"
                + " WHERE import_id = ? AND runner = ? AND state = 'RUNNING'", lease.toMillis(), importId, runner) == 1;
    }

    List<Pending> pending(String importId, int limit) {
        return jdbc.query("SELECT line, person_id, type, credential_id, issued_on, expires_on"
                        + " FROM credential_import_row WHERE import_id = ? AND outcome = 'VALID' ORDER BY line LIMIT ?",
                (row, n) -> new Pending(row.getInt(1), new Requests.RecordCredential(row.getString(2),
                        IndividualCertificationType.valueOf(row.getString(3)), row.getString(4),
                        row.getObject(5, LocalDate.class), row.getObject(6, LocalDate.class))), importId, limit);
    }

    /**
     * Settles a row still VALID; run inside the transaction of the row's event, it commits or rolls back with it.
     *
     * @return false when the row was settled already (by an instance that held the import before)
     */
    boolean settle(String importId, int line, ImportOutcome outcome, String problem) {
        return jdbc.update("UPDATE credential_import_row SET outcome = ?, problems = ? WHERE import_id = ?"
                + " AND line = ? AND outcome = 'VALID'", outcome.name(), problem, importId, line) == 1;
    }

    String holderOf(String credentialId) {
        return jdbc.query("SELECT member_id FROM credential_claim WHERE credential_id = ?",
                (row, n) -> row.getString(1), credentialId).stream().findFirst().orElse(null);
    }

    /** Ends the import when no row is left to record. */
    boolean finishIfSettled(String importId) {
        return jdbc.update("UPDATE credential_import SET state = 'DONE', finished_at = now(), runner = NULL,"
                + " lease_until = NULL WHERE import_id = ? AND state = 'RUNNING' AND NOT EXISTS (SELECT 1"
                + " FROM credential_import_row WHERE import_id = ? AND outcome = 'VALID')", importId, importId) == 1;
    }
}
