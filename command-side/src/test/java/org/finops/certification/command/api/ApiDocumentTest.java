package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side's OpenAPI document, read as a client generator would read it. */
class ApiDocumentTest extends ApiTestBase {

    @Test
    void theDocumentIsOneAClientCanUse() {
        Api.Reply document = api.send("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(document.status()).isEqualTo(200);
        assertThat(OpenApiDocuments.problemsOf(document.body(), List.of())).isEmpty();

        assertThat(document.json().path("info").path("title").asString())
                .isEqualTo("FinOps certification: command API");
        assertThat(document.json().path("paths").propertyNames()).hasSize(26)
                .contains("/api/v1/transparency/checkpoint", "/api/v1/transparency/proofs/inclusion",
                        "/api/v1/transparency/store-check", "/api/v1/members/{memberId}/individual-certifications/imports",
                        "/api/v1/imports/{importId}", "/api/v1/imports/{importId}/report.csv",
                        "/api/v1/imports/{importId}/run");
        var upload = document.json().path("paths").path("/api/v1/members/{memberId}/individual-certifications/imports")
                .path("post");
        assertThat(upload.path("requestBody").path("content").propertyNames()).containsExactly("text/csv");
        assertThat(upload.path("responses").propertyNames()).contains("202", "400");
        var register = document.json().path("paths").path("/api/v1/members").path("post");
        assertThat(register.path("responses").propertyNames()).contains("201", "400", "401", "403", "409", "503");
        assertThat(register.path("responses").path("201").path("content").path("application/json").path("schema")
                .path("$ref").asString()).as("the answer's fields are documented").endsWith("/MemberRegistered");
        assertThat(register.path("parameters").valueStream().map(parameter -> parameter.path("name").asString()))
                .contains("Idempotency-Key");
        var approve = document.json().path("paths").path("/api/v1/applications/{applicationId}/approve").path("post");
        assertThat(approve.path("responses").propertyNames()).contains("404", "409", "422");
        assertThat(approve.path("responses").path("200").path("headers").has("X-Event-Position"))
                .as(approve.path("responses").toString()).isTrue();
    }
}
