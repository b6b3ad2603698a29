package org.finops.certification.query.directory;

import org.finops.certification.query.directory.DirectoryController.Listing;
import org.finops.certification.query.views.Like;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.query.views.Where;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The SQL of the public directory: alphabetical by name, then type; nothing that could rank. Search, order and
 * pages are PostgreSQL's, over an index in the directory's order, so a page's cost does not grow with the directory
 * (a page from a cursor counts nothing either). Names and what was typed are folded by one function,
 * {@code directory_fold}: without case or accents, by any part of the name.
 */
@Component
class DirectoryQueries {
    private static final String ORDER = " ORDER BY lower(name), name, type, certification_id";
    private static final RowMapper<Listing> LISTING = (row, n) -> new Listing(row.getString(1), row.getString(2),
            row.getTimestamp(3).toInstant(), row.getString(4), row.getString(5));

    /** Which listings: of one type and whose name contains a text, each when given. */
    record Filter(String type, String search) {
    }

    /** Every listing the filter keeps, in order. */
    List<Listing> all(ViewStore views, Filter filter) {
        Where where = where(views, filter);
        return views.jdbc().query(select(views) + where.sql() + ORDER, LISTING, where.args());
    }

    /** Up to {@code limit} listings from the {@code offset}th on. */
    List<Listing> page(ViewStore views, Filter filter, long offset, int limit) {
        Where where = where(views, filter).bind(limit).bind(offset);
        return views.jdbc().query(select(views) + where.sql() + ORDER + " LIMIT ? OFFSET ?", LISTING, where.args());
    }

    /** Up to {@code limit} listings after the cursor's, in order; from the beginning without one. */
    List<Listing> after(ViewStore views, Filter filter, DirectoryCursor cursor, int limit) {
        Where where = where(views, filter);
        if (cursor != null) {
            where.and("(lower(name), name, type, certification_id) > (lower(?), ?, ?, ?)", cursor.name(),
                    cursor.name(), cursor.type(), cursor.certificationId());
        }
        where.bind(limit);
        return views.jdbc().query(select(views) + where.sql() + ORDER + " LIMIT ?", LISTING, where.args());
    }

    long count(ViewStore views, Filter filter) {
        Where where = where(views, filter);
        Long total = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("directory_entry")
                + where.sql(), Long.class, where.args());
        return total == null ? 0 : total;
    }

    List<Listing> ofMember(ViewStore views, String memberId) {
        return views.jdbc().query(select(views) + " WHERE member_id = ?" + ORDER, LISTING, memberId);
    }

    private static String select(ViewStore views) {
        return "SELECT name, type, valid_until, member_id, certification_id FROM " + views.table("directory_entry");
    }

    private static Where where(ViewStore views, Filter filter) {
        return new Where().add("type = ?", filter.type()).add("search_name LIKE " + views.table("directory_fold")
                + "(?) ESCAPE '\\'", filter.search() == null || filter.search().isBlank() ? null
                : Like.containing(filter.search()));
    }
}
