package org.finops.certification.query.position;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/** {@link PositionInterceptor}'s parameter and headers, on every query of the OpenAPI document. */
@Component
class PositionDocumentation implements OperationCustomizer {
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.hasMethodAnnotation(GetMapping.class)) {
            operation.addParametersItem(new QueryParameter().name("minPosition").required(false)
                    .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO))
                    .description("the X-Event-Position of a command just made: the answer first waits (at most"
                            + " 5 s) until the read models have applied it"));
        }
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2")) {
                response.addHeaderObject(PositionInterceptor.HEADER, new Header()
                        .schema(new IntegerSchema().format("int64"))
                        .description("the highest event-store position the read models have applied"));
                response.addHeaderObject(PositionInterceptor.CAUGHT_UP, new Header().schema(new BooleanSchema())
                        .description("with minPosition: whether that position was reached in time"));
            }
        });
        return operation;
    }
}
