package org.finops.certification.events;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a change breaks a published schema without a new version. {@code published-schemas/} holds
 * the schemas as released; the shipped schema of the same name may add optional properties, nothing else: no
 * property removed or changed, no new required property.
 */
class SchemaCompatibilityTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void noPublishedSchemaIsBroken() throws Exception {
        List<String> breaks = new ArrayList<>();
        for (Path published : publishedSchemas()) {
            String name = published.getFileName().toString();
            JsonNode before = JSON.readTree(published.toFile());
            JsonNode now = shipped("schemas/" + name);
            if (now == null) {
                breaks.add(name + ": removed (publish a new version instead)");
                continue;
            }
            breaks.addAll(breaksBetween(name, before, now));
        }
        assertThat(breaks).isEmpty();
    }

    @Test
    void theCheckNoticesABreakingChange() {
        JsonNode before = JSON.readTree("{\"required\":[\"a\"],\"properties\":{\"a\":{\"type\":\"string\"},"
                + "\"b\":{\"type\":\"integer\"}}}");
        JsonNode renamed = JSON.readTree("{\"required\":[\"a\",\"c\"],\"properties\":{\"a\":{\"type\":\"integer\"},"
                + "\"c\":{\"type\":\"string\"}}}");
        JsonNode extended = JSON.readTree("{\"required\":[\"a\"],\"properties\":{\"a\":{\"type\":\"string\"},"
                + "\"b\":{\"type\":\"integer\"},\"d\":{\"type\":\"string\"}}}");
        assertThat(breaksBetween("x", before, renamed)).hasSize(3);
        assertThat(breaksBetween("x", before, extended)).isEmpty();
    }

    @Test
    void everyShippedSchemaIsPublished() throws Exception {
        Set<String> published = new HashSet<>();
        publishedSchemas().forEach(path -> published.add(path.getFileName().toString()));
        assertThat(EventTypes.ALL).allSatisfy(type -> assertThat(published)
                .as("copy a new schema into src/test/resources/published-schemas when it is released")
                .contains(type.schemaResource().substring("schemas/".length())));
    }

    static List<String> breaksBetween(String name, JsonNode before, JsonNode now) {
        List<String> breaks = new ArrayList<>();
        for (String property : before.path("properties").propertyNames()) {
            JsonNode was = before.path("properties").path(property);
            JsonNode is = now.path("properties").path(property);
            if (is.isMissingNode()) {
                breaks.add(name + ": property " + property + " removed");
            } else if (!was.equals(is)) {
                breaks.add(name + ": property " + property + " changed");
            }
        }
        Set<String> requiredBefore = new HashSet<>();
        before.path("required").forEach(field -> requiredBefore.add(field.asString()));
        now.path("required").forEach(field -> {
            if (!requiredBefore.contains(field.asString())) {
                breaks.add(name + ": property " + field.asString() + " became required");
            }
        });
        return breaks;
    }

    private static List<Path> publishedSchemas() throws IOException, URISyntaxException {
        URL folder = SchemaCompatibilityTest.class.getClassLoader().getResource("published-schemas");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(path -> path.toString().endsWith(".schema.json")).sorted().toList();
        }
    }

    private static JsonNode shipped(String resource) throws IOException {
        try (InputStream in = SchemaCompatibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : JSON.readTree(in);
        }
    }
}
