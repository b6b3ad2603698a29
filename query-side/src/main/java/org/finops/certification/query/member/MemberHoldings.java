package org.finops.certification.query.member;

import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.HeldCredential;
import org.finops.certification.support.web.NotFound;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a member brings to a review, read from the views: its size band and the credentials that count today. */
@Component
public class MemberHoldings {
    private final Clock clock;

    MemberHoldings(Clock clock) {
        this.clock = clock;
    }

    public SizeBand band(ViewStore views, String memberId) {
        return views.jdbc().queryForList("SELECT size_band FROM " + views.table("member_view")
                        + " WHERE member_id = ?", String.class, memberId).stream().findFirst().map(SizeBand::ofCode)
                .orElseThrow(() -> new NotFound("no member " + memberId));
    }

    /** Every credential recorded for the member and not withdrawn, in the order they were issued. */
    public List<HeldCredential> held(ViewStore views, String memberId) {
        return views.jdbc().query("SELECT credential_id, person_id, type, issued_on, expires_on FROM "
                        + views.table("member_credential") + " WHERE member_id = ? ORDER BY issued_on, credential_id",
                (row, n) -> new HeldCredential(row.getString(1), row.getString(2),
                        IndividualCertificationType.valueOf(row.getString(3)), row.getDate(4).toLocalDate(),
                        row.getDate(5) == null ? null : row.getDate(5).toLocalDate()), memberId);
    }

    /** How many credentials of each type count today, by the rule approval counts with. */
    public Map<IndividualCertificationType, Integer> current(ViewStore views, String memberId) {
        LocalDate today = today();
        Map<IndividualCertificationType, Integer> counted = new EnumMap<>(IndividualCertificationType.class);
        held(views, memberId).stream().filter(credential -> credential.isCurrentOn(today))
                .forEach(credential -> counted.merge(credential.type(), 1, Integer::sum));
        return counted;
    }

    public LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The counting function of the rules: credentials held of any of the given types. */
    public static int holding(Map<IndividualCertificationType, Integer> held, List<IndividualCertificationType> types) {
        return types.stream().mapToInt(type -> held.getOrDefault(type, 0)).sum();
    }
}
