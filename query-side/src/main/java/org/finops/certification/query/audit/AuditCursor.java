package org.finops.certification.query.audit;

import org.finops.certification.support.web.InvalidRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Where a page of the trail ended: the last entry's time and position, opaque to clients (base64url). */
record AuditCursor(Instant occurredAt, long position) {

    static AuditCursor of(AuditEntry entry) {
        return new AuditCursor(entry.occurredAt(), entry.position());
    }

    /** @return null for an empty cursor (the trail's beginning) */
    static AuditCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)
                    .split("\\|", -1);
            return new AuditCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidRequest("after", "must be the next cursor of an earlier page, as it was answered");
        }
    }

    String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((occurredAt + "|" + position).getBytes(StandardCharsets.UTF_8));
    }
}
