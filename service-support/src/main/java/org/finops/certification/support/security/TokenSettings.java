package org.finops.certification.support.security;

import org.finops.certification.tokens.ClaimPaths;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How bearer tokens are checked, from the {@code CERT_JWT_*} variables: the identity provider's keys (its key set, or
 * found through its issuer's discovery document), the issuer and audience every token must carry, and an HS256 secret
 * only where one is given explicitly. Nothing has a default: an app that was told nothing refuses to start.
 */
public record TokenSettings(String secret, String jwksUri, String issuer, String audience, ClaimPaths claims) {
    private static final int MINIMUM_SECRET_BYTES = 32;
    /** Secrets this repository once printed as defaults: whoever read it could sign with them. */
    private static final Set<String> PUBLISHED_SECRETS = Set.of("local-development-secret-change-me-0123456789",
            "change-me-to-a-secret-of-at-least-32-bytes");

    public TokenSettings {
        secret = blankToNull(secret);
        jwksUri = blankToNull(jwksUri);
        issuer = blankToNull(issuer);
        audience = blankToNull(audience);
    }

    /** @param settings a property by name ({@code cert.jwt.issuer} is the variable {@code CERT_JWT_ISSUER}) */
    public static TokenSettings from(Function<String, String> settings) {
        return new TokenSettings(settings.apply("cert.jwt.secret"), settings.apply("cert.jwt.jwks-uri"),
                settings.apply("cert.jwt.issuer"), settings.apply("cert.jwt.audience"),
                new ClaimPaths(settings.apply("cert.jwt.roles-claim"), settings.apply("cert.jwt.org-claim")));
    }

    /** Tokens signed with the identity provider's asymmetric keys are accepted. */
    public boolean usesProvider() {
        return jwksUri != null || issuer != null;
    }

    public boolean acceptsSecret() {
        return secret != null;
    }

    /** What cannot work, each naming its variable; empty when the settings can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!usesProvider() && !acceptsSecret()) {
            problems.add("no token verification is configured: set CERT_JWT_ISSUER and CERT_JWT_AUDIENCE for the"
                    + " identity provider (CERT_JWT_JWKS_URI if its key set is not found through the issuer), or"
                    + " CERT_JWT_SECRET for HS256 tokens outside production");
        }
        if (acceptsSecret() && secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            problems.add("CERT_JWT_SECRET is too short: an HS256 key needs at least " + MINIMUM_SECRET_BYTES
                    + " bytes");
        }
        if (acceptsSecret() && PUBLISHED_SECRETS.contains(secret)) {
            problems.add("CERT_JWT_SECRET is a value published in this service's repository: anyone could sign"
                    + " tokens with it; generate one (openssl rand -base64 48)");
        }
        if (jwksUri != null && !isHttpUrl(jwksUri)) {
            problems.add("CERT_JWT_JWKS_URI is '" + jwksUri + "': expected the http(s) URL of the identity provider's"
                    + " JWKS");
        }
        if (issuer != null && !isHttpUrl(issuer)) {
            problems.add("CERT_JWT_ISSUER is '" + issuer + "': expected the identity provider's issuer URL, exactly as"
                    + " its tokens carry it in iss");
        }
        if (usesProvider() && issuer == null) {
            problems.add("CERT_JWT_ISSUER is not set: with CERT_JWT_JWKS_URI, tokens of any issuer using those keys"
                    + " would be accepted");
        }
        if (usesProvider() && audience == null) {
            problems.add("CERT_JWT_AUDIENCE is not set: tokens the identity provider issued for any other application"
                    + " would be accepted here");
        }
        return problems;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
