package org.finops.certification.command.api;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperabilityApiTest extends ApiTestBase {

    @Test
    void servesItsOpenApiDescription() {
        Api.Reply docs = api.send("GET", "/v3/api-docs", null, null, Map.of());
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/applications/{applicationId}/approve", "/api/v1/policies/{version}");
    }

    @Test
    void reportsItsHealthWithoutATokenButItsDetailsOnlyToStaff() {
        Api.Reply health = api.send("GET", "/actuator/health", null, null, Map.of());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
        assertThat(health.body()).as("no database, broker or disk path for the anonymous")
                .doesNotContain("components", "bootstrap", "path");
        assertThat(api.send("GET", "/actuator/health", Tokens.member("acme"), null, Map.of()).body())
                .doesNotContain("components");
        assertThat(api.send("GET", "/actuator/health", Tokens.staff(), null, Map.of()).json().path("components")
                .path("db").path("status").asString()).isEqualTo("UP");
    }
}
