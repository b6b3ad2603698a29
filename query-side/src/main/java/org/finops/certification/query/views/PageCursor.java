package org.finops.certification.query.views;

import org.finops.certification.support.web.InvalidRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/** How a list's cursor ({@code after}) travels: its text in base64url, opaque to clients. */
public final class PageCursor {
    private PageCursor() {
    }

    public static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param reading the cursor from its decoded text; whatever it throws means the cursor was not one answered
     * @return null for an empty cursor (the list's beginning)
     */
    public static <T> T parse(String encoded, Function<String, T> reading) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            return reading.apply(new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new InvalidRequest("after", "must be the next cursor of an earlier page, as it was answered");
        }
    }
}
