package org.finops.certification.command.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** The headers of the command contract (every call is a command), on each call of the OpenAPI document. */
@Component
@Order(0) // before the shared problem answers, which give this 409 its body
class CommandHeaders implements OperationCustomizer {
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.addParametersItem(new HeaderParameter().name(CommandCalls.IDEMPOTENCY_KEY)
                .required(false).schema(new StringSchema().maxLength(255))
                .description("Repeat the call with the same key (and body) to get the first answer back with"
                        + " Idempotent-Replayed: true, and no second effect"));
        operation.getResponses().putIfAbsent("409", new ApiResponse().description("a concurrent change to the same"
                + " member won (CONFLICT: read and retry), the id is already taken, or the state forbids it"
                + " (INVALID_STATE)"));
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeaderObject(CommandCalls.EVENT_POSITION, new Header()
                        .schema(new IntegerSchema().format("int64"))
                        .description("global position of the events this command wrote: pass it as minPosition"
                                + " to a query to read your own write"));
            }
        });
        return operation;
    }
}
