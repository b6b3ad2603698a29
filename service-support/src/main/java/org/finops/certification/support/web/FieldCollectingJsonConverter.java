package org.finops.certification.support.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;

/**
 * The JSON converter of both apps, reading request bodies with a {@link FieldProblems} of their own: Jackson stops
 * at the first value it cannot bind, a form client wants every field's problem in one answer.
 */
public class FieldCollectingJsonConverter extends JacksonJsonHttpMessageConverter {
    /** Set only for the span of one {@link #read}, on the thread that reads; the reader is built within it. */
    private static final ThreadLocal<FieldProblems> READING = new ThreadLocal<>();

    public FieldCollectingJsonConverter(JsonMapper json) {
        super(json);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
        FieldProblems problems = new FieldProblems();
        READING.set(problems);
        try {
            Object body = super.read(type, input, hints);
            if (!problems.byField().isEmpty()) {
                throw new UnboundFields(problems.byField(), body, input);
            }
            return body;
        } finally {
            READING.remove();
        }
    }

    @Override
    protected ObjectReader customizeReader(ObjectReader reader, JavaType type) {
        FieldProblems problems = READING.get();
        return problems == null ? reader : reader.withHandler(problems);
    }

    /** Takes the JSON converter's place in Boot's list (after Boot's own customizer, order 0), so byte[] and
     * strings keep their converters ahead of it. */
    @Component
    @Order(1)
    static class Registration implements ServerHttpMessageConvertersCustomizer {
        private final JsonMapper json;

        Registration(JsonMapper json) {
            this.json = json;
        }

        @Override
        public void customize(HttpMessageConverters.ServerBuilder builder) {
            builder.withJsonConverter(new FieldCollectingJsonConverter(json));
        }
    }
}
