package org.finops.certification.support.web;

import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The failures every HTTP edge shares, as problem+json: bad input as 400 with the offending fields, 403, 404, 405,
 * 415, 503 while the database is out of reach, and a 500 that says nothing of the internals. An app's own advice comes first for its domain failures.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GenericProblemHandlers {
    private static final Logger log = LoggerFactory.getLogger(GenericProblemHandlers.class);

    private final Problems problems;
    private final SpringValidatorAdapter validator;
    private final String elsewhere;

    /**
     * @param elsewhere what the other app serves, for a client that sent a call to the wrong one (a read to the
     *                  command side, a command to the query side)
     */
    public GenericProblemHandlers(Problems problems, Validator validator,
                                  @Value("${cert.web.unknown-route-hint:}") String elsewhere) {
        this.problems = problems;
        this.validator = new SpringValidatorAdapter(validator);
        this.elsewhere = elsewhere;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException e) {
        String detail = "no such resource: " + e.getHttpMethod() + " /" + e.getResourcePath();
        if (!elsewhere.isBlank() && e.getResourcePath().startsWith("api/")) {
            detail += "; " + elsewhere;
        }
        return problems.respond(problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", detail));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problems.respond(problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage()));
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest e) {
        return problems.respond(problems.invalidInput(e.fieldErrors()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problems.respond(problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        addErrors(errors, e.getBindingResult());
        return problems.respond(problems.invalidInput(errors));
    }

    /** A field's binding problem comes first; the rules of the fields that did bind are checked too. */
    @ExceptionHandler(UnboundFields.class)
    ResponseEntity<ProblemDetail> unboundFields(UnboundFields e) {
        Map<String, String> errors = new LinkedHashMap<>(e.problems());
        if (e.partialBody() != null) {
            BindingResult checked = new BeanPropertyBindingResult(e.partialBody(), "body");
            validator.validate(e.partialBody(), checked);
            addErrors(errors, checked);
        }
        return problems.respond(problems.invalidInput(errors));
    }

    private static void addErrors(Map<String, String> errors, BindingResult result) {
        result.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        result.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.putIfAbsent(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
        return problems.respond(problems.invalidInput(errors));
    }

    /** Malformed JSON, a wrong type, an unknown enum value: name the field Jackson stopped at. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String message = "is not valid JSON for this request";
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            field = JsonPaths.of(jackson.getPath());
            message = "has a value of the wrong type or outside the allowed values";
        }
        return problems.respond(problems.invalidInput(Map.of(field, message)));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return problems.respond(problems.invalidInput(Map.of(name, "is missing or malformed")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problems.respond(problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "send application/json"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        String detail = "this resource does not accept " + e.getMethod();
        return problems.respond(problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                elsewhere.isBlank() ? detail : detail + "; " + elsewhere));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (StoreOutage.causedBy(e)) {
            log.warn("database out of reach; answered 503: {}", e.toString());
            return problems.respond(problems.unavailable());
        }
        log.error("unexpected failure of a request", e);
        return problems.respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request could not be completed; nothing was recorded"));
    }
}
