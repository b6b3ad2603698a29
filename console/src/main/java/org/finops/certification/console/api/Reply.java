package org.finops.certification.console.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * An API's answer: its status, its JSON, the event position a command wrote (for read-your-writes), and for a query
 * that waited for a position, whether the read models reached it ({@code false}: the page is older than the change).
 */
public record Reply(int status, JsonNode json, Long position, boolean behind) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonNode path(String field) {
        return json == null ? MissingNode.getInstance() : json.path(field);
    }

    /** The answer read as one of the contract's records ({@code Replies.ApplicationSubmitted}, ...). */
    public <T> T as(Class<T> answer) {
        return JSON.treeToValue(json, answer);
    }

    /** The problem an answer of 400 or more carries, in words; null for a success. */
    public Problem problem() {
        return ok() ? null : Problem.of(status, json);
    }
}
