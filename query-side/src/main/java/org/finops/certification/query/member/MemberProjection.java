package org.finops.certification.query.member;

import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.MemberSizeBandChanged;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Members, their people's current credentials and the policy versions: what compliance is computed from. A batch is
 * folded in memory first (the last standing and size band of each member, the last word on each credential), then
 * written in one statement per table and kind of change.
 */
@Component
public class MemberProjection implements Projection {

    @Override
    public void onAll(List<ProjectedEvent> events, ViewStore views) {
        Map<String, Registration> registered = new LinkedHashMap<>();
        Map<String, Change> changed = new LinkedHashMap<>();
        Map<String, IndividualCertificationRecorded> credentials = new LinkedHashMap<>();
        Set<String> withdrawn = new HashSet<>();
        Map<String, ProjectedEvent> policies = new LinkedHashMap<>();
        for (ProjectedEvent event : events) {
            switch (event.payload()) {
                case MemberRegistered member -> registered.putIfAbsent(member.memberId(), new Registration(member,
                        new Change(member.goodStanding(), member.sizeBand().code(), event.position())));
                case MemberStandingChanged standing -> change(registered, changed, standing.memberId(),
                        new Change(standing.goodStanding(), null, event.position()));
                case MemberSizeBandChanged band -> change(registered, changed, band.memberId(),
                        new Change(null, band.sizeBand().code(), event.position()));
                case IndividualCertificationRecorded recorded -> {
                    // as an insert that does nothing on conflict: the first record of an id stands until withdrawn
                    if (!credentials.containsKey(recorded.credentialId())) {
                        credentials.put(recorded.credentialId(), recorded);
                    }
                }
                case IndividualCertificationWithdrawn gone -> {
                    credentials.remove(gone.credentialId());
                    withdrawn.add(gone.credentialId());
                }
                case PolicyPublished policy -> policies.putIfAbsent(policy.policyVersion(), event);
                default -> {
                }
            }
        }
        writeMembers(registered, changed, views);
        writeCredentials(credentials, withdrawn, views);
        writePolicies(policies, views);
    }

    /**
     * A member registered in this batch is inserted with its changes; the changes are also written as an update,
     * as each event alone would have been (an insert that found the member there already changes nothing).
     */
    private static void change(Map<String, Registration> registered, Map<String, Change> changed, String memberId,
                               Change change) {
        registered.computeIfPresent(memberId, (id, registration) -> new Registration(registration.member(),
                registration.state().then(change)));
        changed.merge(memberId, change, Change::then);
    }

    private static void writeMembers(Map<String, Registration> registered, Map<String, Change> changed,
                                     ViewStore views) {
        Rows members = Rows.of("varchar", "varchar", "varchar", "bool", "varchar", "int8");
        registered.values().forEach(r -> members.add(r.member().memberId(), r.member().legalName(), r.state().band(),
                r.state().standing(), r.member().contactEmail(), r.state().position()));
        String[] columns = {"member_id", "legal_name", "size_band", "good_standing", "contact_email", "position"};
        members.insertInto(views, "member_view", columns, "DO NOTHING");
        Rows changes = Rows.of("varchar", "bool", "varchar", "int8");
        changed.forEach((memberId, change) -> changes.add(memberId, change.standing(), change.band(),
                change.position()));
        String table = views.table("member_view");
        changes.update(views, "UPDATE " + table + " m SET good_standing = coalesce(c.standing, m.good_standing),"
                + " size_band = coalesce(c.band, m.size_band), position = c.position FROM "
                + changes.table("c", "member_id", "standing", "band", "position") + " WHERE m.member_id = c.member_id");
    }

    private static void writeCredentials(Map<String, IndividualCertificationRecorded> credentials,
                                         Set<String> withdrawn, ViewStore views) {
        Rows gone = Rows.of("varchar");
        withdrawn.forEach(gone::add);
        gone.deleteFrom(views, "member_credential", "credential_id");
        Rows held = Rows.of("varchar", "varchar", "varchar", "varchar", "date", "date");
        credentials.values().forEach(c -> held.add(c.credentialId(), c.memberId(), c.personId(), c.type().name(),
                c.issuedOn(), c.expiresOn()));
        String[] columns = {"credential_id", "member_id", "person_id", "type", "issued_on", "expires_on"};
        held.insertInto(views, "member_credential", columns, "DO NOTHING");
    }

    private static void writePolicies(Map<String, ProjectedEvent> policies, ViewStore views) {
        Rows rows = Rows.of("varchar", "timestamptz", "text");
        policies.forEach((version, event) -> rows.add(version, ((PolicyPublished) event.payload()).effectiveFrom(),
                event.json()));
        rows.insertInto(views, "policy_view", new String[]{"version", "effective_from", "document"}, "DO NOTHING");
    }

    private record Registration(MemberRegistered member, Change state) {
    }

    /** What changed of a member: a null field did not change; the position is that of the last change. */
    private record Change(Boolean standing, String band, long position) {
        Change then(Change later) {
            return new Change(later.standing != null ? later.standing : standing,
                    later.band != null ? later.band : band, later.position);
        }
    }
}
