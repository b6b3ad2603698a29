package org.finops.certification.query.member;

import org.finops.certification.query.Page;
import org.finops.certification.query.views.Like;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.web.NotFound;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;

/** The members view: one member, and the search staff find members with (by name or id). */
@Component
class MemberQueries {
    private static final String COLUMNS = "member_id, legal_name, size_band, good_standing";
    private static final RowMapper<MemberView> VIEW = (row, n) -> new MemberView(row.getString(1), row.getString(2),
            row.getString(3), row.getBoolean(4));

    MemberView one(ViewStore views, String memberId) {
        return views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("member_view")
                        + " WHERE member_id = ?", VIEW, memberId).stream().findFirst()
                .orElseThrow(() -> new NotFound("no member " + memberId));
    }

    /** Members whose name or id contains {@code text} (any case), by name; every member without it. */
    Page<MemberView> search(ViewStore views, String text, int page, int size) {
        String where = text == null || text.isBlank() ? ""
                : " WHERE legal_name ILIKE ? ESCAPE '\\' OR member_id ILIKE ? ESCAPE '\\'";
        Object[] args = where.isEmpty() ? new Object[0] : new Object[]{Like.containing(text), Like.containing(text)};
        Long total = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("member_view") + where,
                Long.class, args);
        List<MemberView> items = views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("member_view")
                + where + " ORDER BY lower(legal_name), member_id LIMIT " + size + " OFFSET " + (long) page * size,
                VIEW, args);
        return new Page<>(items, page, size, total == null ? 0 : total);
    }
}
