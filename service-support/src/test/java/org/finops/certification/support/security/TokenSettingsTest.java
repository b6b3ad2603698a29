package org.finops.certification.support.security;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSettingsTest {

    @Test
    void anIdentityProviderWithIssuerAndAudienceIsEnough() {
        assertThat(settings(Map.of("cert.jwt.issuer", "https://id.finops.example/realms/finops",
                "cert.jwt.audience", "certification-api")).problems()).isEmpty();
    }

    @Test
    void aProviderWithoutIssuerOrAudienceIsRefused() {
        assertThat(settings(Map.of("cert.jwt.jwks-uri", "https://id.finops.example/keys")).problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("CERT_JWT_ISSUER is not set"))
                .anySatisfy(problem -> assertThat(problem).startsWith("CERT_JWT_AUDIENCE is not set"));
        assertThat(settings(Map.of("cert.jwt.issuer", "https://id.finops.example")).problems())
                .singleElement().asString().startsWith("CERT_JWT_AUDIENCE is not set");
    }

    @Test
    void aSecretOnceWrittenInTheRepositoryIsRefused() {
        assertThat(settings(Map.of("cert.jwt.secret", "local-development-secret-change-me-0123456789")).problems())
                .singleElement().asString().contains("published in this service's repository");
        assertThat(settings(Map.of("cert.jwt.secret", "change-me-to-a-secret-of-at-least-32-bytes")).problems())
                .hasSize(1);
    }

    @Test
    void anIssuerMustBeAUrl() {
        assertThat(settings(Map.of("cert.jwt.issuer", "finops", "cert.jwt.audience", "api")).problems())
                .singleElement().asString().startsWith("CERT_JWT_ISSUER is 'finops'");
    }

    @Test
    void claimPathsDefaultToTheContractsNames() {
        TokenSettings settings = settings(Map.of("cert.jwt.roles-claim", "realm_access.roles"));
        assertThat(settings.claims().roles()).isEqualTo("realm_access.roles");
        assertThat(settings.claims().org()).isEqualTo("org");
    }

    private static TokenSettings settings(Map<String, String> values) {
        return TokenSettings.from(values::get);
    }
}
