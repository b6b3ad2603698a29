package org.finops.certification.support.openapi;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The error answers every call shares, documented on each call as problem+json: 400 when it takes input, 401 and
 * 403 unless it is public, 404 when it names something by id, 503 while the database is out of reach. A call's own
 * (409, 422) are declared on it and get the same body here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // last: it gives every error answer, an app's own too, its body
class ProblemAnswers implements OperationCustomizer {
    private static final Map<String, String> SHARED = Map.of(
            "400", "invalid input: every field's problem in errors (INVALID_INPUT)",
            "401", "no bearer token, or one that is malformed, expired or not signed by the trusted key",
            "403", "the token's roles or organisation do not allow this call (FORBIDDEN)",
            "404", "no such id (NOT_FOUND)",
            "503", "the database is out of reach; retry after Retry-After seconds (UNAVAILABLE)");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean open = isPublic(handler);
        if (open) {
            operation.setSecurity(List.of());
        }
        if (takesInput(operation)) {
            shared(responses, "400");
        }
        if (!open) {
            shared(responses, "401");
            shared(responses, "403");
        }
        if (namesAnId(handler)) {
            shared(responses, "404");
        }
        shared(responses, "503");
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(new Content().addMediaType("application/problem+json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + ApiDocumentation.PROBLEM))));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    private static void shared(ApiResponses responses, String code) {
        responses.putIfAbsent(code, new ApiResponse().description(SHARED.get(code)));
    }

    private static boolean isPublic(HandlerMethod handler) {
        SecurityRequirements requirements = handler.getMethodAnnotation(SecurityRequirements.class);
        return requirements != null && requirements.value().length == 0;
    }

    private static boolean takesInput(Operation operation) {
        return operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static boolean namesAnId(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
    }
}
