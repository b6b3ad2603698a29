package org.finops.certification.query.member;

import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.MemberSizeBandChanged;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/** Members, their people's current credentials and the policy versions: what compliance is computed from. */
@Component
public class MemberProjection implements Projection {

    @Override
    public void on(ProjectedEvent event, ViewStore views) {
        switch (event.payload()) {
            case MemberRegistered registered -> views.jdbc().update("INSERT INTO " + views.table("member_view")
                            + " (member_id, legal_name, size_band, good_standing, contact_email, position)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", registered.memberId(),
                    registered.legalName(), registered.sizeBand().code(), registered.goodStanding(),
                    registered.contactEmail(), event.position());
            case MemberStandingChanged changed -> views.jdbc().update("UPDATE " + views.table("member_view")
                            + " SET good_standing = ?, position = ? WHERE member_id = ?", changed.goodStanding(),
                    event.position(), changed.memberId());
            case MemberSizeBandChanged changed -> views.jdbc().update("UPDATE " + views.table("member_view")
                            + " SET size_band = ?, position = ? WHERE member_id = ?", changed.sizeBand().code(),
                    event.position(), changed.memberId());
            case IndividualCertificationRecorded recorded -> views.jdbc().update("INSERT INTO "
                            + views.table("member_credential") + " (credential_id, member_id, person_id, type,"
                            + " issued_on, expires_on) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    recorded.credentialId(), recorded.memberId(), recorded.personId(), recorded.type().name(),
                    Date.valueOf(recorded.issuedOn()),
                    recorded.expiresOn() == null ? null : Date.valueOf(recorded.expiresOn()));
            case IndividualCertificationWithdrawn withdrawn -> views.jdbc().update("DELETE FROM "
                    + views.table("member_credential") + " WHERE credential_id = ?", withdrawn.credentialId());
            case PolicyPublished policy -> views.jdbc().update("INSERT INTO " + views.table("policy_view")
                            + " (version, effective_from, document) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    policy.policyVersion(), Timestamp.from(policy.effectiveFrom()), event.json());
            default -> {
            }
        }
    }
}
