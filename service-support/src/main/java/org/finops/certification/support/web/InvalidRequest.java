package org.finops.certification.support.web;

import java.util.Map;

/** Input that passed the JSON mapping but breaks a rule across fields (expiry before issue, ...). */
public class InvalidRequest extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidRequest(Map<String, String> fieldErrors) {
        super("invalid request: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public InvalidRequest(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
