package org.finops.certification.query.renewal;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.IsoDuration;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping(ApiPaths.RENEWALS)
class RenewalController {
    private final ViewGenerations generations;
    private final Access access;
    private final Clock clock;
    private final RenewalQueries renewals;

    RenewalController(ViewGenerations generations, Access access, Clock clock, RenewalQueries renewals) {
        this.generations = generations;
        this.access = access;
        this.clock = clock;
        this.renewals = renewals;
    }

    /** Certifications in force whose validity ends within the period, soonest first. */
    @Operation(summary = "Certifications whose validity ends within the period, soonest first, with the reminders sent")
    @GetMapping("/due")
    RenewalsDue due(@RequestParam(defaultValue = "P90D") String within) {
        access.reader();
        if (!IsoDuration.isValid(within)) {
            throw new InvalidRequest("within", "must be a positive ISO-8601 duration such as P90D or PT2M");
        }
        Instant now = clock.instant();
        Instant horizon = IsoDuration.parse(within).after(now);
        return new RenewalsDue(within, horizon, renewals.dueBy(generations.active(), horizon));
    }

    /** The certifications due within {@code within}, that is until {@code until}. */
    record RenewalsDue(String within, Instant until, List<Due> certifications) {
    }

    record Due(String certificationId, String memberId, String legalName, String type, String status,
               Instant validUntil, List<Reminder> remindersSent) {
    }

    record Reminder(String offset, Instant dueAt, Instant sentAt) {
    }
}
