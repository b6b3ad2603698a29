package org.finops.certification.support.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors raised outside the controllers (the container, a filter) still answer as problem+json. */
/** Hidden from the OpenAPI document: it is no call of the API, only the form of errors no controller raised. */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {
    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && StoreOutage.causedBy(failure)) {
            return problems.respond(problems.unavailable());
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        String problemCode = status.is4xxClientError() ? "INVALID_INPUT" : "INTERNAL_ERROR";
        if (status == HttpStatus.NOT_FOUND) {
            problemCode = "NOT_FOUND";
        }
        return problems.respond(problems.of(status, problemCode, status.getReasonPhrase()));
    }
}
