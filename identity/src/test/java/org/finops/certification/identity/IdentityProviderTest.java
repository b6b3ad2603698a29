package org.finops.certification.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider over HTTP: discovery, client credentials with the contract's claims and the client's audience, the
 * key set, and a key rotated by rewriting the key file, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderTest {
    private static final Path HOME = home();
    private static final String ACCOUNTS = """
            {"people": [{"username": "ana", "password": "ana-password", "name": "Ana", "roles": ["staff"]}],
             "clients": [{"clientId": "partner", "secret": "partner-secret", "grants": ["client_credentials"],
                          "roles": ["staff"], "audience": "certification-api"},
                         {"clientId": "reporting", "secret": "reporting-secret", "grants": ["client_credentials"],
                          "roles": ["auditor"], "org": "acme", "audience": "reporting-api"}]}""";

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void files(DynamicPropertyRegistry registry) throws Exception {
        Files.writeString(HOME.resolve("accounts.json"), ACCOUNTS);
        Files.writeString(HOME.resolve("keys.json"), new JWKSet(key("first")).toString(false));
        registry.add("cert.idp.accounts-file", () -> HOME.resolve("accounts.json").toString());
        registry.add("cert.idp.key-file", () -> HOME.resolve("keys.json").toString());
        registry.add("cert.idp.issuer", () -> "http://localhost:9999");
    }

    @Test
    void discoveryNamesTheIssuerAndItsKeys() throws Exception {
        JsonNode discovery = get("/.well-known/openid-configuration");
        assertThat(discovery.path("issuer").asString()).isEqualTo("http://localhost:9999");
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo("http://localhost:9999/oauth2/jwks");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void aMachineClientsTokenCarriesItsRolesAndTheAudienceOfTheApisItIsFor() throws Exception {
        SignedJWT token = SignedJWT.parse(token("partner", "partner-secret"));
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("certification-api");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("http://localhost:9999");
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("staff");
        assertThat(token.getJWTClaimsSet().getClaim("org")).isNull();
        SignedJWT other = SignedJWT.parse(token("reporting", "reporting-secret"));
        assertThat(other.getJWTClaimsSet().getAudience()).containsExactly("reporting-api");
        assertThat(other.getJWTClaimsSet().getStringClaim("org")).isEqualTo("acme");
    }

    @Test
    void aWrongClientSecretGetsNoToken() throws Exception {
        assertThat(tokenAnswer("partner", "guessed").statusCode()).isEqualTo(401);
    }

    @Test
    void aKeyWrittenFirstIntoTheKeyFileSignsAtOnceAndTheOldOneStaysPublished() throws Exception {
        JWKSet before = JWKSet.load(HOME.resolve("keys.json").toFile());
        RSAKey next = key("second-" + System.nanoTime());
        Files.writeString(HOME.resolve("keys.json"), new JWKSet(List.of(next, before.getKeys().get(0)))
                .toString(false));
        SignedJWT token = SignedJWT.parse(token("partner", "partner-secret"));
        assertThat(token.getHeader().getKeyID()).isEqualTo(next.getKeyID());
        JsonNode published = get("/oauth2/jwks");
        assertThat(published.path("keys").findValuesAsString("kid"))
                .contains(next.getKeyID(), before.getKeys().get(0).getKeyID());
        assertThat(published.toString()).as("public keys only").doesNotContain("\"d\"");
    }

    private String token(String client, String secret) throws Exception {
        HttpResponse<String> answer = tokenAnswer(client, secret);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).path("access_token").asString();
    }

    private HttpResponse<String> tokenAnswer(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static RSAKey key(String id) throws Exception {
        return new RSAKeyGenerator(2048).keyID(id).generate();
    }

    private static Path home() {
        try {
            return Files.createTempDirectory("identity-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
