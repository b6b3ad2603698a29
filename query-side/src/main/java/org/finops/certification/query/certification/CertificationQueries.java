package org.finops.certification.query.certification;

import org.finops.certification.query.Page;
import org.finops.certification.query.views.Like;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Component
public class CertificationQueries {
    private static final String COLUMNS = "certification_id, member_id, type, status, granted_on, valid_until,"
            + " policy_version";
    private static final RowMapper<CertificationView> VIEW = (row, n) -> new CertificationView(row.getString(1),
            row.getString(2), row.getString(3), row.getString(4), row.getTimestamp(5).toInstant(),
            row.getTimestamp(6).toInstant(), row.getString(7));

    private final ViewGenerations generations;

    public CertificationQueries(ViewGenerations generations) {
        this.generations = generations;
    }

    public Optional<CertificationView> byId(String certificationId) {
        ViewStore views = generations.active();
        return views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("certification_status")
                + " WHERE certification_id = ?", VIEW, certificationId).stream().findFirst();
    }

    /** @param text when given, the certification's id, or text its member's name or id contains (any case) */
    public Page<CertificationView> list(String memberId, String type, String status, String text, int page,
                                        int size) {
        ViewStore views = generations.active();
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (memberId != null) {
            where.append(" AND member_id = ?");
            args.add(memberId);
        }
        if (type != null) {
            where.append(" AND type = ?");
            args.add(type);
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND (certification_id = ? OR member_id IN (SELECT member_id FROM ")
                    .append(views.table("member_view"))
                    .append(" WHERE legal_name ILIKE ? ESCAPE '\\' OR member_id ILIKE ? ESCAPE '\\'))");
            args.add(text.strip());
            args.add(Like.containing(text));
            args.add(Like.containing(text));
        }
        Long total = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("certification_status")
                + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(size);
        paged.add((long) page * size);
        List<CertificationView> items = views.jdbc().query("SELECT " + COLUMNS + " FROM "
                + views.table("certification_status") + where + " ORDER BY member_id, granted_on, certification_id"
                + " LIMIT ? OFFSET ?", VIEW, paged.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /** The certification as it stood at that instant: the last state recorded at or before it. */
    public Optional<CertificationView> asOf(String certificationId, Instant at) {
        ViewStore views = generations.active();
        return views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("certification_history")
                        + " WHERE certification_id = ? AND occurred_at <= ? ORDER BY occurred_at DESC, position DESC"
                        + " LIMIT 1", VIEW, certificationId, Timestamp.from(at)).stream().findFirst();
    }
}
