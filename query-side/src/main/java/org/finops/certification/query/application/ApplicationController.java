package org.finops.certification.query.application;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.security.Caller;
import org.finops.certification.support.web.InvalidRequest;
import org.finops.certification.support.web.NotFound;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {
    private static final Set<String> TYPES = Set.of("PLATFORM", "SERVICE_PROVIDER");
    private static final Set<String> STATUSES = Set.of("SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN");
    private static final String COLUMNS = "application_id, member_id, type, status, submitted_at, renewal_of,"
            + " decided_at, decided_by, decision_reason, decision_policy, certification_id, policy_version";
    private static final RowMapper<ApplicationView> ROW = (row, n) -> new ApplicationView(row.getString(1),
            row.getString(2), row.getString(3), row.getString(4), row.getTimestamp(5).toInstant(), row.getString(6),
            row.getTimestamp(7) == null ? null : new ApplicationView.Decision(row.getString(4),
                    row.getTimestamp(7).toInstant(), row.getString(8), row.getString(9), row.getString(10),
                    row.getString(11)), row.getString(12), null);

    private final ViewGenerations generations;
    private final Access access;
    private final JsonMapper json = JsonMapper.builder().build();

    ApplicationController(ViewGenerations generations, Access access) {
        this.generations = generations;
        this.access = access;
    }

    @Operation(summary = "An application: its status, the decision (who, when, why, under which policy version) and"
            + " what was submitted (offering, capability claims with evidence, FOCUS, community)")
    @GetMapping("/{applicationId}")
    ApplicationView one(@PathVariable String applicationId) {
        ViewStore views = generations.active();
        ApplicationView view = views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("application_view")
                        + " WHERE application_id = ?", ROW, applicationId)
                .stream().findFirst().orElseThrow(() -> new NotFound("no application " + applicationId));
        access.readerOf(view.memberId());
        return view.withSubmission(submission(views, view.memberId(), applicationId));
    }

    @Operation(summary = "Applications, oldest first, filtered by status, type and member (a member sees its own):"
            + " the review queue is status=SUBMITTED")
    @GetMapping
    Page<ApplicationView> list(@RequestParam(required = false) String status,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String memberId,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        Caller caller = access.caller();
        String scope = memberId;
        if (!caller.isStaff() && !caller.isAuditor()) {
            scope = caller.org();
            if (!caller.actsFor(scope) || (memberId != null && !memberId.equals(scope))) {
                throw new AccessDeniedException("a member may only read its own applications");
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (status != null && !STATUSES.contains(status)) {
            problems.put("status", "must be one of " + STATUSES);
        }
        if (type != null && !TYPES.contains(type)) {
            problems.put("type", "must be one of " + TYPES);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Page.check(page, size);
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        for (String[] filter : new String[][]{{"status", status}, {"type", type}, {"member_id", scope}}) {
            if (filter[1] != null) {
                where.append(" AND ").append(filter[0]).append(" = ?");
                args.add(filter[1]);
            }
        }
        ViewStore views = generations.active();
        Long total = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("application_view") + where,
                Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<ApplicationView> items = views.jdbc().query("SELECT " + COLUMNS + " FROM "
                + views.table("application_view") + where + " ORDER BY submitted_at, application_id LIMIT ? OFFSET ?",
                ROW, args.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /** The submitted claims, as the event recorded them: the audit trail keeps every event whole. */
    private JsonNode submission(ViewStore views, String memberId, String applicationId) {
        return views.jdbc().query("SELECT details FROM " + views.table("audit_entry") + " WHERE member_id = ?"
                                + " AND application_id = ? AND event_type = 'ApplicationSubmitted' LIMIT 1",
                        (row, n) -> json.readTree(row.getString(1)), memberId, applicationId)
                .stream().findFirst().orElse(null);
    }
}
