package org.finops.certification.query.audit;

import org.finops.certification.query.views.PageCursor;

import java.time.Instant;

/** Where a page of the trail ended: the last entry's time and position, opaque to clients ({@link PageCursor}). */
record AuditCursor(Instant occurredAt, long position) {

    static AuditCursor of(AuditEntry entry) {
        return new AuditCursor(entry.occurredAt(), entry.position());
    }

    /** @return null for an empty cursor (the trail's beginning) */
    static AuditCursor parse(String text) {
        return PageCursor.parse(text, decoded -> {
            String[] parts = decoded.split("\\|", -1);
            return new AuditCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        });
    }

    String encoded() {
        return PageCursor.encode(occurredAt + "|" + position);
    }
}
