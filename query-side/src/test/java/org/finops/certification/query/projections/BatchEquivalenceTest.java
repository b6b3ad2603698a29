package org.finops.certification.query.projections;

import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.ApplicationWithdrawn;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.MemberSizeBandChanged;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.Offering;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.RenewalRequested;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.application.ApplicationProjection;
import org.finops.certification.query.audit.AuditProjection;
import org.finops.certification.query.certification.CertificationProjection;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.directory.DirectoryProjection;
import org.finops.certification.query.member.MemberProjection;
import org.finops.certification.query.renewal.RenewalDueProjection;
import org.finops.certification.query.reminder.ReminderQueue;
import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.query.support.ProjectionHarness;
import org.finops.certification.query.views.BulkFill;
import org.finops.certification.query.views.EventIds;
import org.finops.certification.query.views.ViewStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch folded in memory and written in a few statements leaves every table exactly as the same events applied
 * one at a time, and so does a rebuild's bulk fill: the rebuild (batches of thousands) and the live consumer (a few)
 * build the same read models.
 */
class BatchEquivalenceTest {
    private static final Instant GRANTED = Instant.parse("2026-03-01T00:00:00Z");
    private static final List<String> TABLES = List.of("member_view", "member_credential", "policy_view",
            "application_view", "certification_status", "certification_history", "directory_entry", "renewal_due",
            "audit_entry");

    private final List<Projection> projections = List.<Projection>of(new AuditProjection(), new ReminderQueue(),
                    new CertificationProjection(List.of(new DirectoryProjection(), new RenewalDueProjection())),
                    new ApplicationProjection(), new MemberProjection()).stream()
            .sorted(Comparator.comparing(Projection::reads)).toList();

    @Test
    void oneBatchWritesWhatEventByEventWrites() {
        ProjectionHarness batched = ProjectionHarness.start();
        List<ProjectedEvent> events = stream().stream().map(batched::event).toList();

        projections.forEach(projection -> projection.onAll(events, batched.views()));

        assertSameRows(batched, oneByOne(events));
    }

    /**
     * A rebuild's worker holds each certification's latest state across its batches and writes it, with the rows
     * of the views that follow it, once at the end of its fill; a reminder met before then takes the certification's
     * type from what the worker holds.
     */
    @Test
    void aBulkFillWritesWhatEventByEventWrites() {
        ProjectionHarness filled = ProjectionHarness.start();
        ViewStore filling = new ViewStore(filled.jdbc(), filled.views().schema(), new BulkFill(new EventIds()));
        List<ProjectedEvent> events = stream().stream().map(filled::event).toList();

        for (int from = 0; from < events.size(); from += 3) {
            List<ProjectedEvent> batch = events.subList(from, Math.min(events.size(), from + 3));
            projections.forEach(projection -> projection.onAll(batch, filling));
        }
        assertThat(rows(filled, "views_unit.certification_status")).as("held until the end of the fill").isEmpty();
        assertThat(rows(filled, "views_unit.directory_entry")).as("held until the end of the fill").isEmpty();
        projections.forEach(projection -> projection.endOfFill(filling));
        projections.forEach(projection -> projection.afterFill(filling));

        assertSameRows(filled, oneByOne(events));
    }

    private ProjectionHarness oneByOne(List<ProjectedEvent> events) {
        ProjectionHarness oneByOne = ProjectionHarness.start();
        for (ProjectedEvent event : events) {
            projections.forEach(projection -> projection.onAll(List.of(event), oneByOne.views()));
        }
        return oneByOne;
    }

    private static void assertSameRows(ProjectionHarness actual, ProjectionHarness expected) {
        for (String table : TABLES) {
            List<Map<String, Object>> rows = rows(expected, "views_unit." + table);
            assertThat(rows).as(table).isNotEmpty();
            assertThat(rows(actual, "views_unit." + table)).as(table).isEqualTo(rows);
        }
        assertThat(rows(actual, "public.renewal_reminder")).hasSize(1)
                .isEqualTo(rows(expected, "public.renewal_reminder"));
    }

    private static List<Map<String, Object>> rows(ProjectionHarness harness, String table) {
        return harness.jdbc().queryForList("SELECT * FROM " + table + " ORDER BY 1, 2");
    }

    /** Two members through every kind of change, several to the same row, all in one stream. */
    private static List<Object> stream() {
        Instant until = GRANTED.plus(365, ChronoUnit.DAYS);
        List<Object> events = new ArrayList<>();
        events.add(Lifecycle.policy());
        events.addAll(Lifecycle.certified("m-a", "Acme", "cert-a", "app-a", GRANTED));
        events.addAll(Lifecycle.certified("m-b", "Beta", "cert-b", "app-b", GRANTED));
        events.add(new MemberStandingChanged("m-a", false, "fee unpaid"));
        events.add(new MemberSizeBandChanged("m-b", SizeBand.FROM_500_TO_4999, SizeBand.LT_100, "grew"));
        events.add(new MemberStandingChanged("m-a", true, "fee paid"));
        events.add(new IndividualCertificationWithdrawn("m-a", "m-a-p1", IndividualCertificationType.PRACTITIONER,
                "left"));
        events.add(Lifecycle.credential("m-a", "p1", IndividualCertificationType.PRACTITIONER));
        events.add(new IndividualCertificationWithdrawn("m-b", "m-b-p2", IndividualCertificationType.PRACTITIONER,
                "left"));
        events.add(new RenewalWindowOpened("m-a", "cert-a", until, Lifecycle.POLICY));
        RenewalReminderDue due = new RenewalReminderDue("m-a", "cert-a", until, "P90D",
                until.minus(90, ChronoUnit.DAYS), Lifecycle.POLICY);
        events.add(due);
        events.add(due);
        events.add(new RenewalRequested("m-a", "cert-a", "app-a2", CertificationType.PLATFORM, Lifecycle.POLICY));
        events.add(new ApplicationSubmitted("m-a", "app-a2", CertificationType.PLATFORM,
                new Offering("Cost Tool", "https://x.example/p", false, false), List.of(), null, List.of(), null,
                "cert-a", Lifecycle.POLICY));
        events.add(new CertificationRenewed("m-a", "cert-a", "app-a2", CertificationType.PLATFORM, until, until,
                until.plus(365, ChronoUnit.DAYS), Lifecycle.POLICY));
        events.add(new CertificationSuspended("m-b", "cert-b", "audit"));
        events.add(new CertificationReinstated("m-b", "cert-b", "audit passed"));
        events.add(new CertificationRevoked("m-b", "cert-b", "misuse"));
        events.add(new ApplicationSubmitted("m-b", "app-c", CertificationType.SERVICE_PROVIDER,
                new Offering("Advice", "https://y.example/s", false, false), List.of(), null, List.of(), null, null,
                Lifecycle.POLICY));
        events.add(new ApplicationRejected("m-b", "app-c", "too few people", Lifecycle.POLICY));
        events.add(new ApplicationWithdrawn("m-b", "app-b", "changed our mind"));
        return events;
    }
}
