package org.finops.certification.support.security;

import com.nimbusds.jwt.JWTParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;

@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    private static final int MINIMUM_SECRET_BYTES = 32;

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems,
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
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
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

    /** HS256 with the shared secret (dev, tests), RS256 from the identity provider's JWKS; chosen by the token. */
    @Bean
    JwtDecoder jwtDecoder(@Value("${cert.jwt.secret:}") String secret, @Value("${cert.jwt.jwks-uri:}") String jwksUri) {
        JwtDecoder hmac = secret.isBlank() ? null : hmacDecoder(secret);
        JwtDecoder rsa = jwksUri.isBlank() ? null : NimbusJwtDecoder.withJwkSetUri(jwksUri).build();
        if (hmac == null && rsa == null) {
            throw new IllegalStateException("set CERT_JWT_SECRET or CERT_JWT_JWKS_URI: no token could be checked");
        }
        return token -> {
            String algorithm = algorithmOf(token);
            JwtDecoder decoder = algorithm.startsWith("HS") ? hmac : rsa;
            if (decoder == null) {
                throw new RejectedToken(RejectedToken.Problem.UNSUPPORTED_ALGORITHM, "tokens signed with "
                        + algorithm + " are not accepted here (" + (hmac != null ? "HS256" : "RS256") + " is)");
            }
            try {
                return decoder.decode(token);
            } catch (BadJwtException e) {
                throw RejectedToken.from(e);
            }
        };
    }

    private static JwtDecoder hmacDecoder(String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("CERT_JWT_SECRET must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(key, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
    }

    private static String algorithmOf(String token) {
        try {
            return JWTParser.parse(token).getHeader().getAlgorithm().getName();
        } catch (ParseException | RuntimeException e) {
            throw new RejectedToken(RejectedToken.Problem.MALFORMED,
                    "the bearer token is not a well-formed JWT (three base64url parts separated by dots)");
        }
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Object roles = jwt.getClaims().get("roles");
            Collection<?> names = roles instanceof Collection<?> list ? list : List.of();
            return names.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        });
        return converter;
    }
}
