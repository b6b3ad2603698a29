package org.finops.certification.support.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values of one request body that Jackson could not bind (an unknown enum value, a malformed date, an object
 * where a boolean belongs), each noted under its path and bound as null, so that reading goes on and a client
 * learns of every field's problem in one answer instead of only the first.
 */
final class FieldProblems extends DeserializationProblemHandler {
    private final Map<String, String> byField = new LinkedHashMap<>();

    Map<String, String> byField() {
        return byField;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                         String failure) {
        return noted(context.getParser().streamReadContext(), targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                                         String failure) {
        return noted(context.getParser().streamReadContext(), targetType);
    }

    /** A creator that refused the value, such as a size band's code. */
    @Override
    public Object handleInstantiationProblem(DeserializationContext context, Class<?> type, Object argument,
                                             Throwable failure) {
        return noted(context.getParser().streamReadContext(), type);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                                        JsonParser parser, String failure) {
        TokenStreamContext where = parser.streamReadContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
            where = where.getParent();
        }
        return noted(where, targetType.getRawClass());
    }

    private Object noted(TokenStreamContext where, Class<?> type) {
        byField.putIfAbsent(JsonPaths.of(where), expectation(type));
        return null;
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date or time such as 2026-03-01";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "must be an object with this request's fields";
    }
}
