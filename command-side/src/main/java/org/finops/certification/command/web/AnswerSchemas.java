package org.finops.certification.command.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.finops.certification.contract.Replies;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/** Documents each command call's success answer from its {@link Answered}, with the schema of its reply record. */
@Component
@Order(-1) // before the command headers, which add X-Event-Position to every success answer
class AnswerSchemas implements OperationCustomizer, OpenApiCustomizer {
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Answered answered = handler.getMethodAnnotation(Answered.class);
        if (answered != null) {
            operation.getResponses().remove("200");
            operation.getResponses().addApiResponse(String.valueOf(answered.status()), new ApiResponse()
                    .description(answered.value()).content(new Content().addMediaType("application/json",
                            new MediaType().schema(new Schema<>().$ref(SCHEMAS + answered.body().getSimpleName())))));
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Arrays.stream(Replies.class.getDeclaredClasses()).forEach(reply ->
                ModelConverters.getInstance().readAll(reply).forEach(openApi.getComponents()::addSchemas));
    }
}
