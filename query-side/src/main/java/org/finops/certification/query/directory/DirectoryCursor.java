package org.finops.certification.query.directory;

import org.finops.certification.query.directory.DirectoryController.Listing;
import org.finops.certification.support.web.InvalidRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where a page of the directory ended: its last listing's place in the order, opaque to clients (base64url). */
record DirectoryCursor(String name, String type, String certificationId) {

    static DirectoryCursor of(Listing listing) {
        return new DirectoryCursor(listing.name(), listing.type(), listing.certificationId());
    }

    /** @return null for an empty cursor (the directory's beginning) */
    static DirectoryCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            // the name goes last: it is the one part that may hold the separator
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8)
                    .split("\\|", 3);
            return new DirectoryCursor(parts[2], parts[0], parts[1]);
        } catch (RuntimeException e) {
            throw new InvalidRequest("after", "must be the next cursor of an earlier page, as it was answered");
        }
    }

    String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + "|" + certificationId + "|" + name).getBytes(StandardCharsets.UTF_8));
    }
}
