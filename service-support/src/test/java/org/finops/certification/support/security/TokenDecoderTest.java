package org.finops.certification.support.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.finops.certification.tokens.DevTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks of a bearer token against a real HTTP server publishing an identity provider's discovery document and
 * key set: what the provider signs for this audience passes, everything else is refused with the reason.
 */
class TokenDecoderTest {
    private static final String AUDIENCE = "certification-api";
    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";

    private HttpServer provider;
    private String issuer;
    private RSAKey key;
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicInteger keySetFetches = new AtomicInteger();

    @BeforeEach
    void startProvider() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("first").generate();
        published.set(new JWKSet(key.toPublicJWK()));
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/finops";
        provider.createContext("/realms/finops/.well-known/openid-configuration", exchange -> respond(exchange,
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/keys\"}"));
        provider.createContext("/realms/finops/keys", exchange -> {
            keySetFetches.incrementAndGet();
            respond(exchange, published.get().toString());
        });
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    @Test
    void acceptsTheProvidersTokenForThisAudienceFoundThroughDiscovery() throws Exception {
        TokenDecoder decoder = TokenDecoder.of(providerOnly());
        assertThat(decoder.decode(signed(key, claims -> { })).getSubject()).isEqualTo("ana");
        assertThat(decoder.decode(signed(key, claims -> claims.audience(List.of("other-app", AUDIENCE))))
                .getAudience()).contains(AUDIENCE);
    }

    @Test
    void refusesAnotherAudienceAndAnotherIssuerAndTokensWithout() throws Exception {
        TokenDecoder decoder = TokenDecoder.of(providerOnly());
        assertRefused(decoder, signed(key, claims -> claims.audience("other-app")),
                RejectedToken.Problem.WRONG_AUDIENCE);
        assertRefused(decoder, signed(key, claims -> claims.audience((String) null)),
                RejectedToken.Problem.WRONG_AUDIENCE);
        assertRefused(decoder, signed(key, claims -> claims.issuer("https://elsewhere.example")),
                RejectedToken.Problem.WRONG_ISSUER);
        assertRefused(decoder, signed(key, claims -> claims.issuer(null)), RejectedToken.Problem.WRONG_ISSUER);
    }

    @Test
    void refusesHs256WhenNoSecretWasGivenWhateverTheSecret() {
        TokenDecoder decoder = TokenDecoder.of(providerOnly());
        String forged = DevTokens.sign("local-development-secret-change-me-0123456789",
                new DevTokens.Issuer(issuer, AUDIENCE), "mallory", List.of("staff"), null, Duration.ofMinutes(5));
        assertRefused(decoder, forged, RejectedToken.Problem.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void requiresIssuerAndAudienceOfHs256TokensToo() {
        TokenDecoder decoder = TokenDecoder.of(new TokenSettings(SECRET, null, issuer, AUDIENCE,
                org.finops.certification.tokens.ClaimPaths.CONTRACT));
        assertThat(decoder.decode(DevTokens.sign(SECRET, new DevTokens.Issuer(issuer, AUDIENCE), "ana",
                List.of("staff"), null, Duration.ofMinutes(5))).getSubject()).isEqualTo("ana");
        assertRefused(decoder, DevTokens.sign(SECRET, "ana", List.of("staff"), null, Duration.ofMinutes(5)),
                RejectedToken.Problem.WRONG_ISSUER);
    }

    @Test
    void refusesUnsignedExpiredAndForeignKeys() throws Exception {
        TokenDecoder decoder = TokenDecoder.of(providerOnly());
        String unsigned = new PlainJWT(new PlainHeader(), claims(claims -> { }).build()).serialize();
        assertRefused(decoder, unsigned, RejectedToken.Problem.UNSUPPORTED_ALGORITHM);
        assertRefused(decoder, signed(key, claims -> claims.issueTime(Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(Date.from(Instant.now().minusSeconds(300)))), RejectedToken.Problem.EXPIRED);
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("first").generate();
        assertRefused(decoder, signed(impostor, claims -> { }), RejectedToken.Problem.BAD_SIGNATURE);
        RSAKey unknown = new RSAKeyGenerator(2048).keyID("unknown").generate();
        assertRefused(decoder, signed(unknown, claims -> { }), RejectedToken.Problem.UNKNOWN_KEY);
    }

    @Test
    void picksUpAKeyRotatedAtTheProviderWithoutARestart() throws Exception {
        TokenDecoder decoder = TokenDecoder.of(providerOnly());
        decoder.decode(signed(key, claims -> { }));
        RSAKey next = new RSAKeyGenerator(2048).keyID("second").generate();
        published.set(new JWKSet(List.of(next.toPublicJWK(), key.toPublicJWK())));
        assertThat(decoder.decode(signed(next, claims -> { })).getSubject()).isEqualTo("ana");
        assertThat(decoder.decode(signed(key, claims -> { })).getSubject()).as("the old key until it is removed")
                .isEqualTo("ana");
        assertThat(keySetFetches).as("fetched once at first use, once for the new key id").hasValue(2);
    }

    @Test
    void aFloodOfMadeUpKeyIdsDoesNotHammerTheProvider() throws Exception {
        TokenDecoder decoder = TokenDecoder.of(providerOnly());
        decoder.decode(signed(key, claims -> { }));
        for (int i = 0; i < 20; i++) {
            RSAKey madeUp = new RSAKeyGenerator(2048).keyID("made-up-" + i).generate();
            assertRefused(decoder, signed(madeUp, claims -> { }), RejectedToken.Problem.UNKNOWN_KEY);
        }
        assertThat(keySetFetches.get()).as("rate limited: two fetches in 30 s").isLessThanOrEqualTo(2);
    }

    private TokenSettings providerOnly() {
        return TokenSettings.from(Map.of("cert.jwt.issuer", issuer, "cert.jwt.audience", AUDIENCE)::get);
    }

    private JWTClaimsSet.Builder claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("ana").issuer(issuer).audience(AUDIENCE)
                .claim("roles", List.of("staff")).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        change.accept(claims);
        return claims;
    }

    private String signed(RSAKey signer, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims(change).build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static void assertRefused(TokenDecoder decoder, String token, RejectedToken.Problem problem) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOfSatisfying(RejectedToken.class,
                rejected -> assertThat(rejected.problem()).as(rejected.getMessage()).isEqualTo(problem));
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
