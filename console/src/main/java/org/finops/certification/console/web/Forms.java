package org.finops.certification.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form's fields as a command's JSON body. */
public final class Forms {
    private Forms() {
    }

    /** The named fields, trimmed; one left blank is sent as null, so the API names it as missing. */
    public static Map<String, Object> body(Map<String, String> form, List<String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.forEach(field -> {
            String value = form.getOrDefault(field, "").strip();
            body.put(field, value.isEmpty() ? null : value);
        });
        return body;
    }
}
