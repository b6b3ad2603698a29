package org.finops.certification.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.List;

/**
 * Puts the contract's claims into the tokens this provider signs: {@code roles} and {@code org} of the person who
 * signed in (or, for the client-credentials grant, of the machine client), their name in the ID token, and in an
 * access token the audience of the APIs it is for, so that the APIs can refuse tokens minted for anything else.
 */
final class ContractClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {
    private final Accounts accounts;
    private final SigningKeys keys;

    ContractClaims(Accounts accounts, SigningKeys keys) {
        this.accounts = accounts;
        this.keys = keys;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        // with several keys in the set after a rotation, the encoder must be told which one signs
        context.getJwsHeader().keyId(keys.signingKeyId());
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (!accessToken && !OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        JwtClaimsSet.Builder claims = context.getClaims();
        Accounts.Client client = accounts.client(context.getRegisteredClient().getClientId()).orElseThrow();
        if (accessToken && client.audience() != null) {
            claims.audience(List.of(client.audience()));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            claims(claims, client.roles(), client.org());
            return;
        }
        accounts.person(context.getPrincipal().getName()).ifPresent(person -> {
            claims(claims, person.roles(), person.org());
            if (person.name() != null) {
                claims.claim("name", person.name());
            }
        });
    }

    private static void claims(JwtClaimsSet.Builder claims, List<String> roles, String org) {
        claims.claim("roles", roles == null ? List.of() : roles);
        if (org != null) {
            claims.claim("org", org);
        }
    }
}
