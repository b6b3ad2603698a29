package org.finops.certification.testing;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a client needs of an app's OpenAPI document, checked by a parser other than the one that wrote it: a valid
 * document, a title and version, the bearer scheme, no {@code /error}, and on every call a summary and its error
 * answers as problem+json.
 */
public final class OpenApiDocuments {
    private OpenApiDocuments() {
    }

    /** Every problem of the document, empty when a client can use it. */
    public static List<String> problemsOf(String json, List<String> parametersOfEveryRead) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        List<String> problems = new ArrayList<>(parsed.getMessages() == null ? List.of() : parsed.getMessages());
        OpenAPI document = parsed.getOpenAPI();
        if (document == null) {
            problems.add("not an OpenAPI document");
            return problems;
        }
        if (document.getInfo() == null || document.getInfo().getTitle().startsWith("OpenAPI definition")
                || document.getInfo().getVersion().startsWith("v0")) {
            problems.add("the default title or version");
        }
        boolean bearer = document.getComponents() != null && document.getComponents().getSecuritySchemes() != null
                && document.getComponents().getSecuritySchemes().values().stream().anyMatch(scheme ->
                scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme()));
        if (!bearer) {
            problems.add("no bearer security scheme");
        }
        if (document.getPaths().containsKey("/error")) {
            problems.add("/error is listed");
        }
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                problems.addAll(problemsOf(method + " " + path, method, operation, parametersOfEveryRead))));
        return problems;
    }

    private static List<String> problemsOf(String call, PathItem.HttpMethod method, Operation operation,
                                           List<String> parametersOfEveryRead) {
        List<String> problems = new ArrayList<>();
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            problems.add(call + ": no summary");
        }
        boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        Map<String, io.swagger.v3.oas.models.responses.ApiResponse> responses = operation.getResponses();
        for (String code : open ? List.of("503") : List.of("401", "403", "503")) {
            if (!responses.containsKey(code)) {
                problems.add(call + ": no " + code + " answer");
            }
        }
        boolean alwaysRefused = responses.containsKey("422")
                && responses.get("422").getDescription().contains("always");
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("2")) && !alwaysRefused) {
            problems.add(call + ": no success answer");
        }
        responses.forEach((code, response) -> {
            if (code.matches("[45]\\d\\d") && (response.getContent() == null
                    || !response.getContent().containsKey("application/problem+json"))) {
                problems.add(call + ": " + code + " is not problem+json");
            }
        });
        if (method == PathItem.HttpMethod.GET) {
            List<String> names = operation.getParameters() == null ? List.of()
                    : operation.getParameters().stream().map(Parameter::getName).toList();
            parametersOfEveryRead.stream().filter(name -> !names.contains(name))
                    .forEach(name -> problems.add(call + ": no " + name + " parameter"));
        }
        return problems;
    }
}
