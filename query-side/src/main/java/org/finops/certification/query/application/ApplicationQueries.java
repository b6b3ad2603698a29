package org.finops.certification.query.application;

import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.web.NotFound;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** The SQL of the application view: one application with what was submitted, and its columns for lists. */
@Component
class ApplicationQueries {
    static final String COLUMNS = "application_id, member_id, type, status, submitted_at, renewal_of,"
            + " decided_at, decided_by, decision_reason, decision_policy, certification_id, policy_version";
    static final RowMapper<ApplicationView> ROW = (row, n) -> new ApplicationView(row.getString(1),
            row.getString(2), row.getString(3), row.getString(4), row.getTimestamp(5).toInstant(), row.getString(6),
            row.getTimestamp(7) == null ? null : new ApplicationView.Decision(row.getString(4),
                    row.getTimestamp(7).toInstant(), row.getString(8), row.getString(9), row.getString(10),
                    row.getString(11)), row.getString(12), null);

    private final JsonMapper json;

    ApplicationQueries(JsonMapper json) {
        this.json = json;
    }

    ApplicationView one(ViewStore views, String applicationId) {
        ApplicationView view = views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("application_view")
                        + " WHERE application_id = ?", ROW, applicationId)
                .stream().findFirst().orElseThrow(() -> new NotFound("no application " + applicationId));
        return view.withSubmission(submission(views, view.memberId(), applicationId));
    }

    /** Applications oldest first, each filter applied when given (a member's scope is its own id). */
    Page<ApplicationView> list(ViewStore views, String status, String type, String memberId, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        for (String[] filter : new String[][]{{"status", status}, {"type", type}, {"member_id", memberId}}) {
            if (filter[1] != null) {
                where.append(" AND ").append(filter[0]).append(" = ?");
                args.add(filter[1]);
            }
        }
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
