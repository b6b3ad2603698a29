package org.finops.certification.query.directory;

import org.finops.certification.query.certification.CertificationStateView;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * The public directory: a member is listed with its name, the type and the validity of each certification that
 * is active (or due for renewal). Suspended, revoked and expired certifications are not listed. Nothing that
 * could rank members is kept here.
 */
@Component
public class DirectoryProjection implements CertificationStateView {

    @Override
    public void onAll(Collection<CertificationState> latest, ViewStore views) {
        Rows listed = CertificationStateView.keepOnly(latest, CertificationState::isCurrent, "directory_entry", views);
        listed.update(views, "INSERT INTO " + views.table("directory_entry") + " (certification_id, member_id, name,"
                + " type, valid_until) SELECT l.certification_id, l.member_id, m.legal_name, l.type, l.valid_until"
                + " FROM " + listed.table("l", CertificationStateView.KEPT) + " JOIN " + views.table("member_view")
                + " m ON m.member_id = l.member_id ON CONFLICT (certification_id)"
                + " DO UPDATE SET type = EXCLUDED.type, valid_until = EXCLUDED.valid_until");
    }
}
