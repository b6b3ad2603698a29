package org.finops.certification.support.web;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.Map;

/**
 * A body that was read whole but some of whose values could not be bound; it keeps what was bound, so that the
 * remaining fields can still be validated and every problem answered at once.
 */
final class UnboundFields extends HttpMessageNotReadableException {
    private final transient Map<String, String> problems;
    private final transient Object partialBody;

    UnboundFields(Map<String, String> problems, Object partialBody, HttpInputMessage input) {
        super("fields could not be bound: " + problems.keySet(), input);
        this.problems = Map.copyOf(problems);
        this.partialBody = partialBody;
    }

    Map<String, String> problems() {
        return problems;
    }

    Object partialBody() {
        return partialBody;
    }
}
