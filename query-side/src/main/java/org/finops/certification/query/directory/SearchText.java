package org.finops.certification.query.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the directory matches what someone typed: without regard to case or accents ("societe" finds "Société"), by
 * any part of the name. Folding happens here, once, for the name and the search alike.
 */
final class SearchText {
    private SearchText() {
    }

    static boolean contains(String name, String typed) {
        return folded(name).contains(folded(typed));
    }

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .strip();
    }
}
