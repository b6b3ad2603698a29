package org.finops.certification.console.api;

import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * Values put into an API's path or query, encoded once: an id typed into a page (a credential id with a slash, a
 * search with an ampersand) reaches the API as the value it is, never as more path or another parameter.
 */
public final class Paths {
    private Paths() {
    }

    public static String segment(String value) {
        return UriUtils.encodePathSegment(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public static String param(String value) {
        return UriUtils.encodeQueryParam(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
