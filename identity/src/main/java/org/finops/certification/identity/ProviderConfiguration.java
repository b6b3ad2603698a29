package org.finops.certification.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.nio.file.Path;

/**
 * An OpenID Connect provider as the foundation's would be: discovery, a key set, authorization code with PKCE for the
 * console, client credentials for machines, refresh tokens, sign-out (RP-initiated logout), and a login page of its
 * own. Its people, clients and keys come from files, so it serves the local stack and the tests, never production.
 */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain protocol(HttpSecurity http) throws Exception {
        return http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser that is not signed in is sent to the login page; an API client gets a 401
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(userInfo -> userInfo.jwt(Customizer.withDefaults()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    Accounts accounts(@Value("${cert.idp.accounts-file:}") String file) {
        if (file.isBlank()) {
            throw new IllegalStateException("CERT_IDP_ACCOUNTS_FILE is not set: the provider needs its people and"
                    + " clients (the local stack writes the file into its data directory)");
        }
        return Accounts.read(Path.of(file));
    }

    @Bean
    UserDetailsService people(Accounts accounts) {
        return new InMemoryUserDetailsManager(accounts.people().stream().map(person -> User
                .withUsername(person.username()).password(Secrets.stored(person.password())).authorities("USER")
                .build()).toList());
    }

    @Bean
    RegisteredClientRepository clients(Accounts accounts) {
        return RegisteredClients.of(accounts);
    }

    /** The provider's key set ({@code JWKSource}), which its JWKS endpoint publishes and its encoder signs with. */
    @Bean
    SigningKeys signingKeys(@Value("${cert.idp.key-file:}") String file) {
        return SigningKeys.from(file.isBlank() ? null : Path.of(file));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims(Accounts accounts, SigningKeys keys) {
        return new ContractClaims(accounts, keys);
    }

    /** The issuer as tokens carry it and as the services are told ({@code CERT_JWT_ISSUER}). */
    @Bean
    AuthorizationServerSettings settings(@Value("${cert.idp.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }
}
