package org.finops.certification.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Every decision and refusal in time order, for staff and auditors. */
@RestController
@RequestMapping(ApiPaths.AUDIT)
class AuditController {
    private final ViewGenerations generations;
    private final Access access;

    AuditController(ViewGenerations generations, Access access) {
        this.generations = generations;
        this.access = access;
    }

    @Operation(summary = "The audit trail: every decision and refusal in time order, with actor, reason and policy "
            + "version (a member reads its own organisation's, with memberId)")
    @GetMapping
    Page<AuditEntry> audit(@RequestParam(required = false) String certificationId,
                           @RequestParam(required = false) String memberId,
                           @RequestParam(required = false) String actor,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        if (memberId == null) {
            access.reader();
        } else {
            access.readerOf(memberId);
        }
        Page.check(page, size);
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        filter(where, args, "certification_id = ?", certificationId);
        filter(where, args, "member_id = ?", memberId);
        filter(where, args, "actor = ?", actor);
        filter(where, args, "occurred_at >= ?", instant("from", from));
        filter(where, args, "occurred_at < ?", instant("to", to));
        ViewStore views = generations.active();
        Long total = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("audit_entry") + where,
                Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<AuditEntry> entries = views.jdbc().query("SELECT position, event_id, event_type, occurred_at, actor,"
                        + " reason, policy_version, member_id, certification_id, application_id, correlation_id FROM "
                        + views.table("audit_entry") + where + " ORDER BY occurred_at, position LIMIT ? OFFSET ?",
                (row, n) -> new AuditEntry(row.getLong(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant(), row.getString(5), row.getString(6), row.getString(7),
                        row.getString(8), row.getString(9), row.getString(10), row.getString(11)), args.toArray());
        return new Page<>(entries, page, size, total == null ? 0 : total);
    }

    private static void filter(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static Timestamp instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Timestamp.from(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }

    record AuditEntry(long position, String eventId, String eventType, Instant occurredAt, String actor,
                      String reason, String policyVersion, String memberId, String certificationId,
                      String applicationId, String correlationId) {
    }
}
