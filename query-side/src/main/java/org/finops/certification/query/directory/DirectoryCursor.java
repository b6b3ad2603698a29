package org.finops.certification.query.directory;

import org.finops.certification.query.directory.DirectoryController.Listing;
import org.finops.certification.query.views.PageCursor;

/** Where a page of the directory ended: its last listing's place in the order, opaque ({@link PageCursor}). */
record DirectoryCursor(String name, String type, String certificationId) {

    static DirectoryCursor of(Listing listing) {
        return new DirectoryCursor(listing.name(), listing.type(), listing.certificationId());
    }

    /** @return null for an empty cursor (the directory's beginning) */
    static DirectoryCursor parse(String text) {
        return PageCursor.parse(text, decoded -> {
            // the name goes last: it is the one part that may hold the separator
            String[] parts = decoded.split("\\|", 3);
            return new DirectoryCursor(parts[2], parts[0], parts[1]);
        });
    }

    String encoded() {
        return PageCursor.encode(type + "|" + certificationId + "|" + name);
    }
}
