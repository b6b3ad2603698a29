package org.finops.certification.query.member;

import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.web.NotFound;
import org.springframework.stereotype.Component;

import java.sql.Date;
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

    /** How many current credentials of each type; only credentials that have not expired count. */
    public Map<IndividualCertificationType, Integer> current(ViewStore views, String memberId) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        Map<IndividualCertificationType, Integer> held = new EnumMap<>(IndividualCertificationType.class);
        views.jdbc().query("SELECT type, count(*) FROM " + views.table("member_credential")
                        + " WHERE member_id = ? AND (expires_on IS NULL OR expires_on >= ?) GROUP BY type",
                row -> {
                    held.put(IndividualCertificationType.valueOf(row.getString(1)), row.getInt(2));
                }, memberId, Date.valueOf(today));
        return held;
    }

    /** The counting function of the rules: credentials held of any of the given types. */
    public static int holding(Map<IndividualCertificationType, Integer> held, List<IndividualCertificationType> types) {
        return types.stream().mapToInt(type -> held.getOrDefault(type, 0)).sum();
    }
}
