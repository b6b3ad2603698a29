package org.finops.certification.query.projections;

import org.finops.certification.events.CertificationType;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.certification.CertificationProjection;
import org.finops.certification.query.member.MemberProjection;
import org.finops.certification.query.reminder.ReminderQueue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A due reminder is queued once, addressed to the member's contact, with the certification's own type. */
class ReminderQueueTest extends ProjectionTest {
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void aDueReminderIsQueuedOnceForTheMembersContact() {
        var projections = List.of(new MemberProjection(), new CertificationProjection(List.of()), new ReminderQueue());
        RenewalReminderDue due = new RenewalReminderDue("m-1", "legacy-1", UNTIL, "P30D",
                UNTIL.minusSeconds(30L * 86400), null);
        for (Object payload : List.of(
                new MemberRegistered("m-1", "Acme", SizeBand.LT_100, true, "certs@acme.example"),
                new LegacyCertificationImported("m-1", "legacy-1", CertificationType.LEGACY_SPECIALTY_SOLUTION,
                        Instant.parse("2024-01-01T00:00:00Z"), UNTIL, "LEG-1"),
                due, due)) {
            var event = harness.event(payload);
            projections.forEach(projection -> projection.onAll(List.of(event), harness.views()));
        }

        List<Map<String, Object>> queued = harness.jdbc().queryForList("SELECT certification_type, recipient, state"
                + " FROM public.renewal_reminder WHERE certification_id = 'legacy-1'");
        assertThat(queued).containsExactly(Map.of("certification_type", "LEGACY_SPECIALTY_SOLUTION",
                "recipient", "certs@acme.example", "state", "PENDING"));
    }
}
