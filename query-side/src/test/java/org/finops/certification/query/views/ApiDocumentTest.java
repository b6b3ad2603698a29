package org.finops.certification.query.views;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.OpenApiDocuments;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The query side's OpenAPI document, read as a client generator would read it, and its answer to a stray command. */
class ApiDocumentTest extends QueryApiTestBase {

    @Test
    void theDocumentIsOneAClientCanUse() {
        Api.Reply document = api.send("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(document.status()).isEqualTo(200);
        assertThat(OpenApiDocuments.problemsOf(document.body(), List.of("minPosition"))).isEmpty();

        assertThat(document.json().path("info").path("title").asString()).isEqualTo("FinOps certification: query API");
        var directory = document.json().path("paths").path("/api/v1/directory").path("get");
        assertThat(directory.path("security").isArray() && directory.path("security").isEmpty())
                .as("the directory needs no token").isTrue();
        assertThat(directory.path("responses").has("401")).isFalse();
        var certification = document.json().path("paths").path("/api/v1/certifications/{certificationId}").path("get");
        assertThat(certification.path("responses").propertyNames()).contains("200", "401", "403", "404", "503");
        assertThat(certification.path("responses").path("200").path("headers").has("X-Projection-Position")).isTrue();
    }

    @Test
    void aCommandSentHereNamesTheCommandSide() {
        Api.Reply command = api.post("/api/v1/applications/some-id/approve", Tokens.staff(), Map.of());
        assertThat(command.status()).as(command.toString()).isEqualTo(404);
        assertThat(command.text("detail")).contains("command side", "8081");
        Api.Reply unknown = api.send("GET", "/nothing-here", Tokens.staff(), null, Map.of());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    }
}
