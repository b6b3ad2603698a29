package org.finops.certification.e2e;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.finops.certification.servers.IdentityServer;
import org.finops.certification.servers.Ports;
import org.finops.certification.testing.Api;
import org.finops.certification.tokens.DevTokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both APIs started as production starts them: trusting the bundled OpenID Connect provider's key set, with issuer and
 * audience required and no secret. On both sides the provider's tokens for this audience act; every other token (a
 * secret found anywhere in the repository, another audience, another issuer, none of either, an unknown key,
 * {@code alg: none}, an expired token) is 401 with the reason; a key rotated at the provider works without a restart.
 */
class TrustBoundaryTest {

    @Test
    void onlyTheProvidersTokensForThisAudienceAct() throws Exception {
        Path home = Files.createTempDirectory("cert-identity");
        IdentityServer provider = IdentityServer.start(Stack.jar("identity"), home, Ports.free(),
                "http://localhost:" + Ports.free(), List.of(), home.resolve("logs"));
        try (Stack stack = Stack.trusting(provider.apiEnvironment())) {
            Sides sides = new Sides(new Api(stack.commandSide.port()), new Api(stack.querySides.get(0).port()));
            sides.assertHealthShowsOnlyItsStatus();

            String machine = provider.clientCredentialsToken(IdentityServer.MACHINE_CLIENT);
            sides.assertActs(machine, "a client-credentials token of the provider, with the staff role");

            RSAKey rotated = provider.rotateKey();
            String afterRotation = provider.clientCredentialsToken(IdentityServer.MACHINE_CLIENT);
            assertThat(SignedJWT.parse(afterRotation).getHeader().getKeyID()).isEqualTo(rotated.getKeyID());
            sides.assertActs(afterRotation, "a token signed with the key rotated in at the provider, no restart");
            sides.assertActs(machine, "a token of the key before, still published");

            sides.assertRefused(provider.clientCredentialsToken(IdentityServer.OTHER_APPLICATION), "WRONG_AUDIENCE");
            RSAKey key = provider.signingKey();
            String issuer = provider.issuer();
            sides.assertRefused(signed(key, issuer, claims -> claims.audience("reporting-api")), "WRONG_AUDIENCE");
            sides.assertRefused(signed(key, issuer, claims -> claims.audience((String) null)), "WRONG_AUDIENCE");
            sides.assertRefused(signed(key, issuer, claims -> claims.issuer("https://elsewhere.example")),
                    "WRONG_ISSUER");
            sides.assertRefused(signed(key, issuer, claims -> claims.issuer(null)), "WRONG_ISSUER");
            sides.assertRefused(signed(key, issuer, claims -> claims.issueTime(Date.from(Instant.now()
                    .minusSeconds(3600))).expirationTime(Date.from(Instant.now().minusSeconds(600)))), "EXPIRED");
            RSAKey unknown = new RSAKeyGenerator(2048).keyID("not-the-providers").generate();
            sides.assertRefused(signed(unknown, issuer, claims -> { }), "UNKNOWN_KEY");
            sides.assertRefused(new PlainJWT(new PlainHeader(), claims(issuer, claims -> { }).build()).serialize(),
                    "UNSUPPORTED_ALGORITHM");

            List<String> secrets = RepositorySecrets.all();
            assertThat(secrets).as("the scan finds the secrets the tests and the old defaults used")
                    .contains("integration-test-secret-of-at-least-32-bytes!",
                            "local-development-secret-change-me-0123456789");
            for (String secret : secrets) {
                sides.assertRefused(DevTokens.sign(secret, new DevTokens.Issuer(issuer, IdentityServer.AUDIENCE),
                        "mallory", List.of("staff"), null, Duration.ofMinutes(5)), "UNSUPPORTED_ALGORITHM");
            }
        } finally {
            provider.stop();
        }
    }

    /** A staff call on each side: registering a member, reading a member's audit trail. */
    private record Sides(Api command, Api query) {
        void assertActs(String token, String what) {
            String memberId = "trusted-" + UUID.randomUUID().toString().substring(0, 8);
            Api.Reply registered = command.post("/api/v1/members", token, Map.of("memberId", memberId,
                    "legalName", "Trusted Ltd", "sizeBand", "LT_100", "goodStanding", true,
                    "contactEmail", "certs@trusted.example"));
            assertThat(registered.status()).as(what + ", command side: " + registered).isEqualTo(201);
            Api.Reply trail = query.send("GET", "/api/v1/audit?memberId=" + memberId, token, null, Map.of());
            assertThat(trail.status()).as(what + ", query side: " + trail).isEqualTo(200);
        }

        void assertHealthShowsOnlyItsStatus() {
            for (Api side : List.of(command, query)) {
                Api.Reply health = side.send("GET", "/actuator/health", null, null, Map.of());
                assertThat(health.text("status")).as("a broker still connecting makes it DEGRADED").isIn("UP",
                        "DEGRADED");
                assertThat(health.body()).as("no database, broker or disk for the anonymous")
                        .doesNotContain("components", "details");
            }
        }

        void assertRefused(String token, String problem) {
            Api.Reply registered = command.post("/api/v1/members", token, Map.of("memberId", "never",
                    "legalName", "Never Ltd", "sizeBand", "LT_100", "goodStanding", true,
                    "contactEmail", "certs@never.example"));
            Api.Reply trail = query.send("GET", "/api/v1/audit?memberId=never", token, null, Map.of());
            for (Api.Reply reply : List.of(registered, trail)) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
                assertThat(reply.text("tokenProblem")).as(reply.toString()).isEqualTo(problem);
            }
        }
    }

    private static JWTClaimsSet.Builder claims(String issuer, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("forged").issuer(issuer)
                .audience(IdentityServer.AUDIENCE).claim("roles", List.of("staff")).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        change.accept(claims);
        return claims;
    }

    private static String signed(RSAKey key, String issuer, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims(issuer, change).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
