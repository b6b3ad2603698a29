package org.finops.certification.console.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sessions with CSRF protection (Spring Security's default: every form carries the token, Thymeleaf adds it).
 * Sign-in is OpenID Connect when {@code CERT_OIDC_ISSUER_URI} is set, and the development page when
 * {@code CERT_DEV_LOGIN=true}; public pages need neither.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain console(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/directory", "/directory/**", "/verify", "/sign-in", "/sign-in/**",
                                "/static/**",
                                "/console.css", "/htmx-*.js", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in")))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/directory"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/sign-in").defaultSuccessUrl("/", false));
        }
        return http.build();
    }

    /** Read from the issuer's discovery document at start-up, as OpenID Connect intends. */
    @Bean
    @ConditionalOnExpression("'${cert.oidc.issuer-uri:}' != ''")
    ClientRegistrationRepository oidcClient(@Value("${cert.oidc.issuer-uri}") String issuer,
                                            @Value("${cert.oidc.client-id}") String clientId,
                                            @Value("${cert.oidc.client-secret}") String clientSecret) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId("oidc")
                .clientId(clientId).clientSecret(clientSecret).scope("openid", "profile", "email").build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
