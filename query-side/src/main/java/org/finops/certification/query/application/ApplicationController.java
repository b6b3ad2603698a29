package org.finops.certification.query.application;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {
    private final ViewGenerations generations;
    private final Access access;

    ApplicationController(ViewGenerations generations, Access access) {
        this.generations = generations;
        this.access = access;
    }

    @Operation(summary = "An application: its status and the decision (who, when, why, under which policy version)")
    @GetMapping("/{applicationId}")
    ApplicationView one(@PathVariable String applicationId) {
        ViewStore views = generations.active();
        ApplicationView view = views.jdbc().query("SELECT application_id, member_id, type, status, submitted_at,"
                        + " renewal_of, decided_at, decided_by, decision_reason, decision_policy, certification_id FROM "
                        + views.table("application_view") + " WHERE application_id = ?",
                (row, n) -> new ApplicationView(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getTimestamp(5).toInstant(), row.getString(6),
                        row.getTimestamp(7) == null ? null : new ApplicationView.Decision(row.getString(4),
                                row.getTimestamp(7).toInstant(), row.getString(8), row.getString(9),
                                row.getString(10), row.getString(11))), applicationId)
                .stream().findFirst().orElseThrow(() -> new NotFound("no application " + applicationId));
        access.readerOf(view.memberId());
        return view;
    }
}
