package org.finops.certification.query.reminder;

import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Queues each reminder the command side decided, with the member's contact as it stands, in the transaction that
 * applies the event. The queue is shared by all generations: a replayed event finds its reminder already there.
 */
@Component
public class ReminderQueue implements Projection {

    @Override
    public void on(ProjectedEvent event, ViewStore views) {
        if (!(event.payload() instanceof RenewalReminderDue due)) {
            return;
        }
        views.jdbc().update("INSERT INTO public.renewal_reminder (certification_id, valid_until, reminder_offset,"
                        + " member_id, legal_name, certification_type, recipient, due_at, state)"
                        + " SELECT ?, ?, ?, m.member_id, m.legal_name, c.type, m.contact_email,"
                        + " ?, 'PENDING' FROM " + views.table("member_view") + " m JOIN "
                        + views.table("certification_status") + " c ON c.certification_id = ? WHERE m.member_id = ?"
                        + " ON CONFLICT DO NOTHING", due.certificationId(), Timestamp.from(due.validUntil()),
                due.reminderOffset(), Timestamp.from(due.dueAt()), due.certificationId(), due.memberId());
    }
}
