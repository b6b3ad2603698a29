package org.finops.certification.support.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.Map;

/**
 * The identity provider's public keys, fetched when first needed (the provider may start after this app), from
 * {@code CERT_JWT_JWKS_URI} or the {@code jwks_uri} of the issuer's OpenID Connect discovery document. Nimbus caches
 * the set for five minutes and fetches it again when a token names a key id it does not know (a rotation at the
 * provider), at most twice in 30 s, so that tokens with made-up key ids cannot make this service hammer the provider.
 */
final class ProviderKeys implements JWKSetSource<SecurityContext> {
    private static final int TIMEOUT_MILLIS = 3_000;
    private static final int SIZE_LIMIT_BYTES = 256 * 1024;

    private final String issuer;
    private final String jwksUri;
    private final ResourceRetriever retriever = new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS,
            SIZE_LIMIT_BYTES);
    private volatile JWKSetSource<SecurityContext> keySet;

    private ProviderKeys(String issuer, String jwksUri) {
        this.issuer = issuer;
        this.jwksUri = jwksUri;
    }

    static JWKSource<SecurityContext> of(TokenSettings settings) {
        return JWKSourceBuilder.create(new ProviderKeys(settings.issuer(), settings.jwksUri()))
                .cache(true).rateLimited(true).build();
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        return keySet().getJWKSet(refreshEvaluator, currentTime, context);
    }

    private JWKSetSource<SecurityContext> keySet() throws KeySourceException {
        JWKSetSource<SecurityContext> found = keySet;
        if (found == null) {
            found = new URLBasedJWKSetSource<>(url(jwksUri != null ? jwksUri : discoveredJwksUri()), retriever);
            keySet = found;
        }
        return found;
    }

    /** The discovery document must name the configured issuer itself (OpenID Connect Discovery, section 4.3). */
    private String discoveredJwksUri() throws KeySourceException {
        String document = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            Map<String, Object> metadata = JSONObjectUtils.parse(retriever.retrieveResource(url(document))
                    .getContent());
            if (!issuer.equals(metadata.get("issuer"))) {
                throw new KeySourceException("the discovery document " + document + " names the issuer "
                        + metadata.get("issuer") + ", not " + issuer);
            }
            if (!(metadata.get("jwks_uri") instanceof String keys)) {
                throw new KeySourceException("the discovery document " + document + " has no jwks_uri");
            }
            return keys;
        } catch (IOException | ParseException e) {
            throw new KeySourceException("the identity provider's discovery document " + document
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    private static URL url(String address) throws KeySourceException {
        try {
            return URI.create(address).toURL();
        } catch (IllegalArgumentException | IOException e) {
            throw new KeySourceException("not a URL: " + address, e);
        }
    }

    @Override
    public void close() throws IOException {
        JWKSetSource<SecurityContext> found = keySet;
        if (found != null) {
            found.close();
        }
    }
}
