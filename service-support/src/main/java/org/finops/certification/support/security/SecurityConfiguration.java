package org.finops.certification.support.security;

import org.finops.certification.tokens.ClaimPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The APIs' edge: stateless, every {@code /api/**} call with a bearer token that {@link TokenDecoder} accepts (except
 * the paths an app declares public), roles from the claim the settings name, 401 and 403 as problem details.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems, TokenSettings tokens,
                            @Value("${cert.security.public-get-paths:}") String[] publicGetPaths,
                            @Value("${cert.security.public-post-paths:}") String[] publicPostPaths) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, publicGetPaths).permitAll()
                        .requestMatchers(HttpMethod.POST, publicPostPaths).permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        // nothing else is served: an unknown path reaches the dispatcher and is answered 404
                        .anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFrom(tokens.claims())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * No observation of the security filters: with observations on, each of the fifteen filters of every request is
     * wrapped in one, and a property that switches them off (management.observations.enable.spring.security) still
     * leaves the wrappers to ask it for each filter: most of the 7 % of the command side's CPU samples spent in
     * observations under load (JFR, issue 13). The HTTP server observation ({@code http.server.requests}) stays: it is what operators read.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The {@code CERT_JWT_*} settings, checked before start-up by {@code ConfigurationCheck}. */
    @Bean
    TokenSettings tokenSettings(Environment environment) {
        return TokenSettings.from(environment::getProperty);
    }

    @Bean
    JwtDecoder jwtDecoder(TokenSettings settings) {
        return TokenDecoder.of(settings);
    }

    /** Roles from where the provider puts them ({@code CERT_JWT_ROLES_CLAIM}); health details ask for them. */
    private static JwtAuthenticationConverter rolesFrom(ClaimPaths claims) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> claims.rolesIn(jwt.getClaims()).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        return converter;
    }
}
