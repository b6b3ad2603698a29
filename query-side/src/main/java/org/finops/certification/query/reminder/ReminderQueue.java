package org.finops.certification.query.reminder;

import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.query.certification.CertificationProjection;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Queues each reminder the command side decided, with the member's contact as it stands, in the transaction that
 * applies the event. The queue is shared by all generations: a replayed event finds its reminder already there.
 */
@Component
public class ReminderQueue implements Projection {

    @Override
    public void onAll(List<ProjectedEvent> events, ViewStore views) {
        Rows due = Rows.of("varchar", "timestamptz", "varchar", "timestamptz", "varchar", "varchar");
        for (ProjectedEvent event : events) {
            if (event.payload() instanceof RenewalReminderDue reminder) {
                due.add(reminder.certificationId(), reminder.validUntil(), reminder.reminderOffset(),
                        reminder.dueAt(), reminder.memberId(), CertificationProjection.heldType(views,
                                reminder.certificationId()).orElse(null));
            }
        }
        // the type as a rebuild's worker holds it, else as stored: a reminder met in a rebuild may be one the live
        // consumer never applied (it stops behind the rebuild), and the fill writes the status only at its end
        due.update(views, "INSERT INTO public.renewal_reminder (certification_id, valid_until, reminder_offset,"
                + " member_id, legal_name, certification_type, recipient, due_at, state)"
                + " SELECT d.certification_id, d.valid_until, d.reminder_offset, m.member_id, m.legal_name,"
                + " coalesce(d.type, c.type), m.contact_email, d.due_at, 'PENDING' FROM " + due.table("d",
                "certification_id", "valid_until", "reminder_offset", "due_at", "member_id", "type") + " JOIN "
                + views.table("member_view") + " m ON m.member_id = d.member_id LEFT JOIN "
                + views.table("certification_status") + " c ON c.certification_id = d.certification_id"
                + " WHERE coalesce(d.type, c.type) IS NOT NULL ON CONFLICT DO NOTHING");
    }

    /** The member's contact and the certification's type, as the member and certification projections hold them. */
    @Override
    public Reads reads() {
        return Reads.MEMBERS_AND_CERTIFICATIONS;
    }
}
