package org.finops.certification.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record against the JSON Schema shipped for it: the JSON validates, and record and schema agree. */
class EventSchemasTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<Object> samples() {
        return Stream.concat(SampleEvents.complete().stream(), SampleEvents.withOptionalFieldsEmpty().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theEventsJsonValidatesAgainstItsSchema(Object event) throws Exception {
        List<Error> errors = schemaOf(event.getClass()).validate(JSON.valueToTree(event));
        assertThat(errors).as(JSON.writeValueAsString(event)).isEmpty();
    }

    @Test
    void everyPublishedTypeHasASampleAndASchema() {
        Set<Class<?>> sampled = new HashSet<>();
        SampleEvents.complete().forEach(event -> sampled.add(event.getClass()));
        assertThat(EventTypes.ALL).allSatisfy(type -> {
            assertThat(sampled).contains(type.recordClass());
            assertThat(EventSchemasTest.class.getClassLoader().getResource(type.schemaResource())).isNotNull();
        });
    }

    @Test
    void recordComponentsAndSchemaPropertiesAreTheSame() throws Exception {
        for (EventTypes.EventType type : EventTypes.ALL) {
            JsonNode schema = schemaJson(type.schemaResource());
            Set<String> properties = new HashSet<>(schema.path("properties").propertyNames());
            Set<String> components = new HashSet<>(Arrays.stream(type.recordClass().getRecordComponents())
                    .map(RecordComponent::getName).toList());
            assertThat(properties).as(type.name()).isEqualTo(components);
        }
    }

    @Test
    void aSchemaRefusesAnEventMissingARequiredField() throws Exception {
        JsonNode incomplete = JSON.readTree("{\"memberId\":\"acme\",\"legalName\":\"Acme\",\"sizeBand\":\"HUGE\"}");
        assertThat(schemaOf(MemberRegistered.class).validate(incomplete)).hasSizeGreaterThanOrEqualTo(3);
    }

    private static Schema schemaOf(Class<?> eventClass) throws Exception {
        String resource = EventTypes.of(eventClass).orElseThrow().schemaResource();
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return SCHEMAS.getSchema(in);
        }
    }

    private static JsonNode schemaJson(String resource) throws Exception {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
