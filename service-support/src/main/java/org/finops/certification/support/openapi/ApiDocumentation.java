package org.finops.certification.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document both apps serve at {@code /v3/api-docs}: a title and version a client can cite, the bearer
 * scheme (so Swagger UI offers Authorize), and the problem+json answer every error shares.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI certificationApi(@Value("${cert.openapi.title}") String title,
                             @Value("${cert.openapi.description}") String description,
                             @Value("${cert.openapi.version}") String version) {
        return new OpenAPI()
                .info(new Info().title(title).version(version).description(description))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A JWT with the claims sub, roles (member, staff, auditor) and org"
                                        + " (the member id, for the member role); the local stack prints one per role"))
                        .addSchemas(PROBLEM, problem()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problem() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("sizeBand"))
                .addProperty("message", new StringSchema()
                        .example("must be one of LT_100, 100_499, 500_4999, 5000_PLUS"));
        return new ObjectSchema()
                .description("RFC 9457 problem details with the contract's stable code")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("code", new StringSchema().example("INVALID_INPUT")
                        .description("INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE,"
                                + " a refusal code of the contract (REQUIREMENTS_NOT_MET, NOT_TRANSFERABLE, ...),"
                                + " UNAVAILABLE"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("with INVALID_INPUT: every field's problem"))
                .addProperty("missing", new ArraySchema().items(new ObjectSchema())
                        .description("with REQUIREMENTS_NOT_MET: what the policy requires and the member lacks"))
                .addProperty("tokenProblem", new StringSchema()._enum(List.of("MISSING", "MALFORMED", "EXPIRED",
                        "NOT_YET_VALID", "BAD_SIGNATURE", "UNSUPPORTED_ALGORITHM", "INVALID"))
                        .description("with UNAUTHENTICATED: what was wrong with the token"))
                .required(List.of("type", "title", "status", "code"));
    }
}
