package org.finops.certification.query.directory;

import org.finops.certification.query.directory.DirectoryController.Listing;
import org.finops.certification.query.views.ViewStore;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;

/** The SQL of the public directory: alphabetical by name, then type; nothing that could rank. */
@Component
class DirectoryQueries {
    private static final RowMapper<Listing> LISTING = (row, n) -> new Listing(row.getString(1), row.getString(2),
            row.getTimestamp(3).toInstant(), row.getString(4), row.getString(5));

    /** Every listing, or those of one type. */
    List<Listing> ofType(ViewStore views, String type) {
        return type == null ? listings(views, "", new Object[0]) : listings(views, " WHERE type = ?", new Object[]{type});
    }

    List<Listing> ofMember(ViewStore views, String memberId) {
        return listings(views, " WHERE member_id = ?", new Object[]{memberId});
    }

    private static List<Listing> listings(ViewStore views, String where, Object[] args) {
        return views.jdbc().query("SELECT name, type, valid_until, member_id, certification_id FROM "
                + views.table("directory_entry") + where + " ORDER BY lower(name), name, type", LISTING, args);
    }
}
