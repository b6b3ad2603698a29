package org.finops.certification.support.security;

import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Checks a bearer token as the settings say: HS256 with the secret only where one was given, the provider's
 * asymmetric algorithms with its published keys, and, when set, the issuer and the audience of every token whatever
 * its algorithm. The algorithm a token names only picks which of the configured checks applies.
 */
final class TokenDecoder implements JwtDecoder {
    private static final EnumSet<SignatureAlgorithm> PROVIDER_ALGORITHMS = EnumSet.of(SignatureAlgorithm.RS256,
            SignatureAlgorithm.RS384, SignatureAlgorithm.RS512, SignatureAlgorithm.PS256, SignatureAlgorithm.PS384,
            SignatureAlgorithm.PS512, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

    private final JwtDecoder secret;
    private final JwtDecoder provider;

    private TokenDecoder(JwtDecoder secret, JwtDecoder provider) {
        this.secret = secret;
        this.provider = provider;
    }

    static TokenDecoder of(TokenSettings settings) {
        OAuth2TokenValidator<Jwt> validator = validator(settings);
        NimbusJwtDecoder secret = null;
        if (settings.acceptsSecret()) {
            byte[] key = settings.secret().getBytes(StandardCharsets.UTF_8);
            secret = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256).build();
            secret.setJwtValidator(validator);
        }
        NimbusJwtDecoder provider = null;
        if (settings.usesProvider()) {
            provider = NimbusJwtDecoder.withJwkSource(ProviderKeys.of(settings))
                    .jwsAlgorithms(algorithms -> algorithms.addAll(PROVIDER_ALGORITHMS)).build();
            provider.setJwtValidator(validator);
        }
        return new TokenDecoder(secret, provider);
    }

    /** Times (a minute's skew), type (an access token or a plain JWT), then issuer and audience where required. */
    private static OAuth2TokenValidator<Jwt> validator(TokenSettings settings) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        JwtTypeValidator type = new JwtTypeValidator(List.of("JWT", "at+jwt", "application/at+jwt"));
        type.setAllowEmpty(true);
        validators.add(type);
        if (settings.issuer() != null) {
            validators.add(new JwtIssuerValidator(settings.issuer()));
        }
        if (settings.audience() != null) {
            validators.add(new JwtAudienceValidator(settings.audience()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    @Override
    public Jwt decode(String token) {
        String algorithm = algorithmOf(token);
        JwtDecoder decoder = algorithm.startsWith("HS") ? secret : PROVIDER_ALGORITHMS.stream()
                .anyMatch(accepted -> accepted.getName().equals(algorithm)) ? provider : null;
        if (decoder == null) {
            throw new RejectedToken(RejectedToken.Problem.UNSUPPORTED_ALGORITHM, "tokens signed with " + algorithm
                    + " are not accepted here (" + accepted() + " are)");
        }
        try {
            return decoder.decode(token);
        } catch (BadJwtException e) {
            throw RejectedToken.from(e);
        } catch (JwtException keysNotAvailable) {
            throw keysNotAvailable.getCause() instanceof RateLimitReachedException
                    ? new RejectedToken(RejectedToken.Problem.UNKNOWN_KEY, "the bearer token names a key the identity"
                    + " provider does not publish")
                    : new RejectedToken(RejectedToken.Problem.KEYS_UNAVAILABLE, "the identity provider's keys could"
                    + " not be fetched to check the bearer token: " + keysNotAvailable.getMessage());
        }
    }

    private String accepted() {
        List<String> names = new ArrayList<>();
        if (secret != null) {
            names.add("HS256");
        }
        if (provider != null) {
            PROVIDER_ALGORITHMS.forEach(algorithm -> names.add(algorithm.getName()));
        }
        return String.join(", ", names);
    }

    private static String algorithmOf(String token) {
        try {
            return JWTParser.parse(token).getHeader().getAlgorithm().getName();
        } catch (ParseException | RuntimeException e) {
            throw new RejectedToken(RejectedToken.Problem.MALFORMED,
                    "the bearer token is not a well-formed JWT (three base64url parts separated by dots)");
        }
    }
}
