package org.finops.certification.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.finops.certification.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** 401 and 403 in the same problem+json form as every other error. */
@Component
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final Problems problems;

    public ProblemAuthenticationHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        RejectedToken rejected = rejectionOf(e);
        response.setHeader("WWW-Authenticate", rejected.problem() == RejectedToken.Problem.MISSING ? "Bearer"
                : "Bearer error=\"invalid_token\"");
        ProblemDetail problem = problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", rejected.getMessage());
        problem.setProperty("tokenProblem", rejected.problem().name());
        problems.write(response, problem);
    }

    private static RejectedToken rejectionOf(AuthenticationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedToken rejected) {
                return rejected;
            }
        }
        if (e instanceof InvalidBearerTokenException) {
            return new RejectedToken(RejectedToken.Problem.MALFORMED, "the Authorization header holds no well-formed"
                    + " bearer token: send Authorization: Bearer <JWT>");
        }
        return new RejectedToken(RejectedToken.Problem.MISSING, "this call needs a bearer token: send"
                + " Authorization: Bearer <JWT> (the local stack prints one per role at start)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(response, problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage()));
    }
}
