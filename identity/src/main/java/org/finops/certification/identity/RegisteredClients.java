package org.finops.certification.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;

/**
 * The accounts file's clients as Spring Authorization Server registers them. A client that signs people in is
 * confidential and must use PKCE; its access tokens last 15 minutes and are renewed with a refresh token for a
 * working day, so a token that leaks from a log is soon worthless.
 */
final class RegisteredClients {
    private static final Duration ACCESS_TOKEN = Duration.ofMinutes(15);
    private static final Duration REFRESH_TOKEN = Duration.ofHours(8);

    private RegisteredClients() {
    }

    static InMemoryRegisteredClientRepository of(Accounts accounts) {
        return new InMemoryRegisteredClientRepository(accounts.clients().stream().map(RegisteredClients::registered)
                .toList());
    }

    private static RegisteredClient registered(Accounts.Client client) {
        RegisteredClient.Builder registered = RegisteredClient.withId(client.clientId()).clientId(client.clientId())
                .clientSecret(Secrets.stored(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN)
                        .refreshTokenTimeToLive(REFRESH_TOKEN).reuseRefreshTokens(false).build());
        for (String grant : client.grants()) {
            switch (grant) {
                case "authorization_code" -> registered
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE);
                case "client_credentials" -> registered
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
                default -> throw new IllegalStateException("client " + client.clientId() + " asks for the grant '"
                        + grant + "': authorization_code and client_credentials are offered");
            }
        }
        client.redirectUris().forEach(registered::redirectUri);
        client.postLogoutRedirectUris().forEach(registered::postLogoutRedirectUri);
        return registered.build();
    }
}
