package org.finops.certification.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.finops.certification.command.execution.Answer;
import org.finops.certification.command.execution.AuditFacts;
import org.finops.certification.command.execution.Commands;
import org.finops.certification.command.execution.Executed;
import org.finops.certification.command.execution.Idempotency;
import org.finops.certification.command.execution.Outcome;
import org.finops.certification.support.crypto.Sha256;
import org.finops.certification.support.security.Caller;
import org.finops.certification.support.web.CachedBodyRequest;
import org.finops.certification.support.web.Correlation;
import org.finops.certification.support.web.InvalidRequest;
import org.finops.certification.support.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTTP edge of {@link Commands}: takes the caller, the reason and the Idempotency-Key from the request, lets
 * the controller say how an accepted command is answered (a recorded refusal is answered the same way everywhere),
 * and gives the committed answer as it was stored.
 */
@Component
class CommandCalls {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String EVENT_POSITION = "X-Event-Position";
    private static final int MAX_KEY_LENGTH = 255;

    private final Commands commands;
    private final Problems problems;
    private final JsonMapper json;

    CommandCalls(Commands commands, Problems problems, JsonMapper json) {
        this.commands = commands;
        this.problems = problems;
        this.json = json;
    }

    <R> ResponseEntity<byte[]> execute(HttpServletRequest request, Object command, Caller caller, String reason,
                                       Function<Outcome.Accepted<R>, Answer> accepted) {
        AuditFacts audit = new AuditFacts(caller.actor(), caller.roles(), reason, Correlation.currentId());
        Executed executed = commands.execute(command, audit, idempotency(request, caller),
                (Outcome<R> outcome) -> switch (outcome) {
                    case Outcome.Accepted<R> done -> accepted.apply(done);
                    case Outcome.RefusalRecorded<R> refusal -> recordedRefusal(refusal, request.getRequestURI());
                });
        return http(executed);
    }

    Answer created(String location, long position, Object body) {
        return new Answer(HttpStatus.CREATED.value(), MediaType.APPLICATION_JSON_VALUE, position, location,
                json.writeValueAsBytes(body));
    }

    Answer ok(long position, Object body) {
        return new Answer(HttpStatus.OK.value(), MediaType.APPLICATION_JSON_VALUE, position, null,
                json.writeValueAsBytes(body));
    }

    /** A refusal that was recorded as an event: a 422 problem like any refusal, marked as recorded. */
    private Answer recordedRefusal(Outcome.RefusalRecorded<?> refusal, String path) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, refusal.refused().refusal().name(),
                refusal.refused().detail());
        problem.setProperty("recorded", true);
        problem.setInstance(URI.create(path));
        return new Answer(problem.getStatus(), MediaType.APPLICATION_PROBLEM_JSON_VALUE, refusal.position(), null,
                problems.encode(problem));
    }

    private static ResponseEntity<byte[]> http(Executed executed) {
        Answer answer = executed.answer();
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status());
        if (executed.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        if (answer.contentType() != null) {
            response.contentType(MediaType.parseMediaType(answer.contentType()));
        }
        if (answer.eventPosition() != null) {
            response.header(EVENT_POSITION, String.valueOf(answer.eventPosition()));
        }
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        return response.body(answer.body());
    }

    private static Optional<Idempotency> idempotency(HttpServletRequest request, Caller caller) {
        String key = request.getHeader(IDEMPOTENCY_KEY);
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidRequest(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return Optional.of(new Idempotency(caller.actor(), key, digest(request)));
    }

    /** The method, path, query and body: the same key with anything else is another request. */
    private static String digest(HttpServletRequest request) {
        MessageDigest digest = Sha256.digest();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        digest.update(CachedBodyRequest.bodyOf(request));
        return HexFormat.of().formatHex(digest.digest());
    }
}
