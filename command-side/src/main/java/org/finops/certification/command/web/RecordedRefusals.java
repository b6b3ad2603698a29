package org.finops.certification.command.web;

import org.finops.certification.support.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.finops.certification.command.rules.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A refusal that was recorded as an event: answered as a 422 problem, yet its transaction commits. */
@Component
class RecordedRefusals {
    private final Problems problems;

    RecordedRefusals(Problems problems) {
        this.problems = problems;
    }

    ResponseEntity<ProblemDetail> answer(HttpServletRequest request, Refused refused, long position) {
        request.setAttribute(CommandTransactionFilter.KEEP_EFFECT, Boolean.TRUE);
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, refused.refusal().name(),
                refused.detail());
        problem.setProperty("recorded", true);
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(CommandTransactionFilter.EVENT_POSITION, String.valueOf(position)).body(problem);
    }
}
