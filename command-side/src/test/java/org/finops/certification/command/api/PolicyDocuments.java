package org.finops.certification.command.api;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shipped policy document as a JSON map, to vary one field of it. */
final class PolicyDocuments {
    private PolicyDocuments() {
    }

    static Map<String, Object> shippedWith(String field, Object value) {
        try (InputStream in = PolicyDocuments.class.getResourceAsStream("/policies/2025-1.json")) {
            Map<String, Object> document = new LinkedHashMap<>(JsonMapper.builder().build()
                    .readValue(in, new TypeReference<Map<String, Object>>() { }));
            document.put("effectiveFrom", "2099-01-01T00:00:00Z");
            document.put(field, value);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
