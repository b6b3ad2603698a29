package org.finops.certification.query.audit;

import org.finops.certification.query.views.ViewStore;
import org.finops.certification.query.views.Where;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The SQL of the audit trail, in time order. A page from a cursor reads its rows from an index and counts nothing
 * (its cost does not grow with the trail); a numbered page is still answered, with the count it has always carried.
 */
@Component
class AuditQueries {
    // the leaf index is looked up for each row read, not joined over the whole trail
    private static final String COLUMNS = "position, event_id, event_type, occurred_at, actor, reason,"
            + " policy_version, member_id, certification_id, application_id, correlation_id, (SELECT leaf_index FROM"
            + " transparency_leaf_index leaf WHERE leaf.event_id = entry.event_id)";
    private static final RowMapper<AuditEntry> ENTRY = (row, n) -> new AuditEntry(row.getLong(1), row.getString(2),
            row.getString(3), row.getTimestamp(4).toInstant(), row.getString(5), row.getString(6),
            row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11),
            row.getObject(12, Long.class));

    /** The trail's filters, each applied when given. */
    record Filter(String certificationId, String memberId, String actor, Instant from, Instant to) {
    }

    long count(ViewStore views, Filter filter) {
        Where where = where(filter);
        Long total = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("audit_entry") + where.sql(),
                Long.class, where.args());
        return total == null ? 0 : total;
    }

    /** Up to {@code limit} entries of the numbered page {@code page} of {@code size}. */
    List<AuditEntry> page(ViewStore views, Filter filter, int page, int size, int limit) {
        Where where = where(filter).bind(limit).bind((long) page * size);
        return views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("audit_entry") + " entry" + where.sql()
                + " ORDER BY occurred_at, position LIMIT ? OFFSET ?", ENTRY, where.args());
    }

    /** Up to {@code limit} entries after the cursor's entry, in time order. */
    List<AuditEntry> after(ViewStore views, Filter filter, AuditCursor cursor, int limit) {
        Where where = where(filter);
        if (cursor != null) {
            where.and("(occurred_at, position) > (?, ?)", Timestamp.from(cursor.occurredAt()), cursor.position());
        }
        where.bind(limit);
        return views.jdbc().query("SELECT " + COLUMNS + " FROM " + views.table("audit_entry") + " entry" + where.sql()
                + " ORDER BY occurred_at, position LIMIT ?", ENTRY, where.args());
    }

    private static Where where(Filter filter) {
        Where where = new Where();
        where.add("certification_id = ?", filter.certificationId());
        where.add("member_id = ?", filter.memberId());
        where.add("actor = ?", filter.actor());
        where.add("occurred_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        where.add("occurred_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        return where;
    }
}
