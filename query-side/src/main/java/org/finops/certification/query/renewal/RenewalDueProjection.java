package org.finops.certification.query.renewal;

import org.finops.certification.query.certification.CertificationStateView;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * The certifications in force, by expiry: a row follows its certification's state as the certification projection
 * hands it over, and leaves when the certification is revoked or has expired.
 */
@Component
public class RenewalDueProjection implements CertificationStateView {

    @Override
    public void onAll(Collection<CertificationState> latest, ViewStore views) {
        Rows inForce = CertificationStateView.keepOnly(latest, state -> !state.hasEnded(), "renewal_due", views);
        inForce.update(views, "INSERT INTO " + views.table("renewal_due") + " (certification_id, member_id,"
                + " legal_name, type, status, valid_until) SELECT f.certification_id, f.member_id, m.legal_name,"
                + " f.type, f.status, f.valid_until FROM " + inForce.table("f", CertificationStateView.KEPT)
                + " JOIN " + views.table("member_view") + " m ON m.member_id = f.member_id ON CONFLICT"
                + " (certification_id) DO UPDATE SET type = EXCLUDED.type, status = EXCLUDED.status,"
                + " valid_until = EXCLUDED.valid_until");
    }
}
