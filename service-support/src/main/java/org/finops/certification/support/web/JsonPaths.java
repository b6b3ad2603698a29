package org.finops.certification.support.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** {@code capabilities[2].evidenceUrl}: a field's path in the form the problem answers name it. */
public final class JsonPaths {
    private JsonPaths() {
    }

    /** From the reference path of a Jackson error. */
    public static String of(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                appendName(field, reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** From where a parser stands while it reads a value. */
    static String of(TokenStreamContext where) {
        Deque<TokenStreamContext> chain = new ArrayDeque<>();
        for (TokenStreamContext context = where; context != null && !context.inRoot(); context = context.getParent()) {
            chain.push(context);
        }
        StringBuilder field = new StringBuilder();
        for (TokenStreamContext context : chain) {
            if (context.inObject() && context.currentName() != null) {
                appendName(field, context.currentName());
            } else if (context.inArray()) {
                field.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void appendName(StringBuilder field, String name) {
        field.append(field.isEmpty() ? "" : ".").append(name);
    }
}
