package org.finops.certification.query.views;

/** A search text as an SQL {@code LIKE} pattern ({@code ESCAPE '\'}): its {@code %} and {@code _} match themselves. */
public final class Like {
    private Like() {
    }

    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
