package org.finops.certification.query.renewal;

import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.ViewStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The certifications in force, by expiry: a row follows its certification's status (kept by the certification
 * projection, which runs first) and leaves when the certification is revoked or has expired.
 */
@Component
@Order(2)
public class RenewalDueProjection implements Projection {

    @Override
    public void on(ProjectedEvent event, ViewStore views) {
        String certificationId = CertificationIds.of(event.payload());
        if (certificationId == null) {
            return;
        }
        List<String> inForce = views.jdbc().queryForList("SELECT certification_id FROM "
                + views.table("certification_status") + " WHERE certification_id = ?"
                + " AND status IN ('ACTIVE', 'RENEWAL_DUE', 'SUSPENDED')", String.class, certificationId);
        if (inForce.isEmpty()) {
            views.jdbc().update("DELETE FROM " + views.table("renewal_due") + " WHERE certification_id = ?",
                    certificationId);
            return;
        }
        views.jdbc().update("INSERT INTO " + views.table("renewal_due") + " (certification_id, member_id, legal_name,"
                + " type, status, valid_until) SELECT c.certification_id, c.member_id, m.legal_name, c.type, c.status,"
                + " c.valid_until FROM " + views.table("certification_status") + " c JOIN " + views.table("member_view")
                + " m ON m.member_id = c.member_id WHERE c.certification_id = ? ON CONFLICT (certification_id)"
                + " DO UPDATE SET type = EXCLUDED.type, status = EXCLUDED.status,"
                + " valid_until = EXCLUDED.valid_until", certificationId);
    }
}
