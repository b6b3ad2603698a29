package org.finops.certification.console.api;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A problem+json answer turned into what a person reads: one sentence for the top of the form, and each field's
 * problem keyed by the field's path, so that a page can put it next to the field it concerns.
 */
public record Problem(int status, String code, String message, Map<String, String> fields) {

    static Problem of(int status, JsonNode json) {
        if (json == null || json.isMissingNode() || !json.isObject()) {
            return new Problem(status, null, fallback(status), Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        json.path("errors").valueStream().forEach(error -> fields.merge(error.path("field").asString(),
                error.path("message").asString(), (first, second) -> first + "; " + second));
        String code = json.path("code").asString(null);
        String detail = json.path("detail").asString(null);
        String message = sentence(detail == null || detail.isBlank() ? json.path("title").asString(fallback(status))
                : detail);
        List<String> missing = json.path("missing").valueStream().map(Problem::shortfall).toList();
        if (!missing.isEmpty()) {
            message = message + " Missing: " + String.join(", ", missing) + ".";
        }
        return new Problem(status, code, message, fields);
    }

    /** The messages of every field at this path or below it, such as all of {@code capabilities[2].evidenceUrl}. */
    public String about(String path) {
        String joined = fields.entrySet().stream()
                .filter(field -> field.getKey().equals(path) || field.getKey().startsWith(path + ".")
                        || field.getKey().startsWith(path + "["))
                .map(field -> field.getKey().equals(path) ? field.getValue()
                        : field.getKey().substring(path.length()) + ": " + field.getValue())
                .collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    /** A requirement not met, as the command side names it: {@code FOCUS_CRITERIA (0 of 1)}. */
    private static String shortfall(JsonNode missing) {
        if (!missing.isObject()) {
            return missing.asString("");
        }
        return missing.path("requirement").asString("a requirement") + " (" + missing.path("held").asInt() + " of "
                + missing.path("required").asInt() + ")";
    }

    private static String fallback(int status) {
        return switch (status) {
            case 401 -> "Your session has ended. Please sign in again.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "Not found.";
            case 503 -> "The service is briefly unavailable. Please try again in a moment.";
            default -> "The request could not be completed (" + status + ").";
        };
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        String capitalised = trimmed.isEmpty() ? trimmed
                : Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
