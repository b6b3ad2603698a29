package org.finops.certification.console.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.net.URI;

/**
 * Sessions with CSRF protection (Spring Security's default: every form carries the token, Thymeleaf adds it).
 * Sign-in is OpenID Connect when {@code CERT_OIDC_ISSUER_URI} is set (authorization code with PKCE; sign-out ends
 * the session at the provider too), and the development page when {@code CERT_DEV_LOGIN=true}; public pages need
 * neither.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    static final String REGISTRATION = "oidc";

    @Bean
    SecurityFilterChain console(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                @Value("${cert.query-public-url}") String queryPublicUrl) throws Exception {
        // the live mark a member's page previews is the query side's image, from its public address
        String marks = URI.create(queryPublicUrl).resolve("/").toString().replaceAll("/$", "");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/directory", "/directory/**", "/verify", "/sign-in", "/sign-in/**",
                                "/static/**",
                                "/console.css", "/htmx-*.js", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .accessDeniedHandler(forbidden()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/directory"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: " + marks + "; style-src 'self';"
                                + " frame-ancestors 'none'")));
        ClientRegistrationRepository provider = oidc.getIfAvailable();
        if (provider != null) {
            OidcClientInitiatedLogoutSuccessHandler signedOutThere = new OidcClientInitiatedLogoutSuccessHandler(
                    provider);
            signedOutThere.setPostLogoutRedirectUri("{baseUrl}/directory");
            http.oauth2Login(login -> login.loginPage("/sign-in").defaultSuccessUrl("/", false))
                    .logout(logout -> logout.logoutSuccessHandler(signedOutThere));
        }
        return http.build();
    }

    /** A page that says who may see what was asked for (the refusal's words), answered 403. */
    private static AccessDeniedHandlerImpl forbidden() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(ForbiddenPage.PATH);
        return handler;
    }

    /** Read from the issuer's discovery document at start-up, as OpenID Connect intends; PKCE on every sign-in. */
    @Bean
    @ConditionalOnExpression("'${cert.oidc.issuer-uri:}' != ''")
    ClientRegistrationRepository oidcClient(@Value("${cert.oidc.issuer-uri}") String issuer,
                                            @Value("${cert.oidc.client-id}") String clientId,
                                            @Value("${cert.oidc.client-secret}") String clientSecret) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
                .clientId(clientId).clientSecret(clientSecret).scope("openid", "profile")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build()).build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The signed-in person's access token, renewed with the refresh token when it has run out. */
    @Bean
    @ConditionalOnExpression("'${cert.oidc.issuer-uri:}' != ''")
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository authorized) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode()
                .refreshToken().build());
        return manager;
    }
}
