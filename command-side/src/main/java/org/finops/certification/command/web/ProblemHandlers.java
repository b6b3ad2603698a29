package org.finops.certification.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.finops.certification.command.rules.InvalidInput;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.support.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.finops.certification.command.execution.CommitLost;
import org.finops.certification.command.execution.IdempotencyKeyReused;

import java.util.Map;

/** The command side's own refusals as problem+json, mapped to the contract's status and code. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandlers {
    private final Problems problems;

    public ProblemHandlers(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.refusal().name(), e.getMessage());
        if (e.refusal() == Refusal.REQUIREMENTS_NOT_MET) {
            problem.setProperty("missing", e.missing());
        }
        return problems.respond(problem);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused e) {
        return problems.respond(problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                e.getMessage()));
    }

    @ExceptionHandler(InvalidState.class)
    ResponseEntity<ProblemDetail> invalidState(InvalidState e) {
        return problems.respond(problems.of(HttpStatus.CONFLICT, "INVALID_STATE", e.getMessage()));
    }

    /** Lost while deciding (the aggregate moved on) or at the commit: either way nothing was recorded. */
    @ExceptionHandler({ConcurrencyException.class, CommitLost.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        return problems.respond(problems.of(HttpStatus.CONFLICT, "CONFLICT",
                "a concurrent change to the same member won; read and retry"));
    }

    /** Only the first event of a member or policy version can fail this way: the id was chosen before. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> idTaken(AggregateStreamCreationException e, HttpServletRequest request) {
        String what = request.getRequestURI().startsWith("/api/v1/policies") ? "a policy version is published"
                : "a member is registered";
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, "CONFLICT",
                "this id is already taken: " + what + " under it; ids are given once, choose another");
        problem.setProperty("reason", "ID_TAKEN");
        return problems.respond(problem);
    }

    @ExceptionHandler({UnknownEntity.class, AggregateNotFoundException.class, AggregateEntityNotFoundException.class})
    ResponseEntity<ProblemDetail> unknown(RuntimeException e) {
        String detail = switch (e) {
            case UnknownEntity unknown -> unknown.getMessage();
            case AggregateEntityNotFoundException entity -> "no such application or certification of this member";
            default -> "no such member";
        };
        return problems.respond(problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", detail));
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        return problems.respond(problems.invalidInput(Map.of(e.field(), e.getMessage())));
    }
}
