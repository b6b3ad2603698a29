package org.finops.certification.support.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** RFC 9457 problem details with the contract's stable {@code code}; never a stack trace, SQL or class name. */
@Component
public class Problems {
    private static final String TYPE_BASE = "https://certification.finops.org/problems/";
    private static final String RETRY_AFTER_SECONDS = "2";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail invalidInput(Map<String, String> fieldErrors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "INVALID_INPUT",
                "the request is malformed or invalid: " + String.join(", ", fieldErrors.keySet()));
        problem.setProperty("errors", fieldErrors.entrySet().stream()
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
                .toList());
        return problem;
    }

    /**
     * The database is out of reach. A commit cut off mid-way may still have landed, so the caller is pointed at
     * the Idempotency-Key, whose retry answers either way.
     */
    public ProblemDetail unavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", "the service cannot reach its database; retry"
                + " shortly (a command with the same Idempotency-Key is applied at most once)");
    }

    public ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(problem);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(encode(problem));
    }

    /** The problem as the JSON a client receives, for an answer that is stored before it is sent. */
    public byte[] encode(ProblemDetail problem) {
        return json.writeValueAsBytes(problem);
    }

}
