package org.finops.certification.support.web;

import tools.jackson.core.JacksonException;

import java.util.List;

/** {@code capabilities[2].evidenceUrl} from the reference path of a Jackson error. */
public final class JsonPaths {
    private JsonPaths() {
    }

    public static String of(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
