package org.finops.certification.support.security;

import com.nimbusds.jose.proc.BadJWSException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.util.Locale;
import java.util.stream.Collectors;

/** Why a bearer token was refused, in words a client can act on; the 401 answer carries both. */
public final class RejectedToken extends BadJwtException {
    /** What was wrong with the token, as the 401 answer's {@code tokenProblem}. */
    public enum Problem {
        MISSING, MALFORMED, EXPIRED, NOT_YET_VALID, BAD_SIGNATURE, UNSUPPORTED_ALGORITHM, WRONG_ISSUER, WRONG_AUDIENCE,
        UNKNOWN_KEY, KEYS_UNAVAILABLE, INVALID
    }

    private final Problem problem;

    public RejectedToken(Problem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The decoder's own failure, told apart: a lapsed token, a signature made with another key, ... */
    static RejectedToken from(BadJwtException failure) {
        if (failure instanceof RejectedToken rejected) {
            return rejected;
        }
        String reasons = reasonsOf(failure);
        String lowerCase = reasons.toLowerCase(Locale.ROOT);
        if (lowerCase.contains("expired")) {
            return new RejectedToken(Problem.EXPIRED, "the bearer token has expired (" + reasons + "): get a new one");
        }
        if (lowerCase.contains("used before") || lowerCase.contains("before use")) {
            return new RejectedToken(Problem.NOT_YET_VALID, "the bearer token is not valid yet (" + reasons + ")");
        }
        if (lowerCase.contains("the iss claim")) {
            return new RejectedToken(Problem.WRONG_ISSUER, "the bearer token was not issued by the identity provider"
                    + " this service trusts (its iss claim is missing or another)");
        }
        if (lowerCase.contains("the aud claim")) {
            return new RejectedToken(Problem.WRONG_AUDIENCE, "the bearer token was not issued for this service (its"
                    + " aud claim is missing or names another application)");
        }
        if (lowerCase.contains("no matching key")) {
            return new RejectedToken(Problem.UNKNOWN_KEY, "the bearer token is signed with a key the identity"
                    + " provider does not publish");
        }
        if (failure.getCause() instanceof BadJWSException) {
            return new RejectedToken(Problem.BAD_SIGNATURE, "the bearer token's signature does not verify with the"
                    + " key this service trusts: it was signed with another secret or key");
        }
        return new RejectedToken(Problem.INVALID, "the bearer token was refused: " + reasons);
    }

    private static String reasonsOf(BadJwtException failure) {
        if (failure instanceof JwtValidationException invalid) {
            return invalid.getErrors().stream().map(OAuth2Error::getDescription).collect(Collectors.joining("; "));
        }
        return failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage();
    }
}
