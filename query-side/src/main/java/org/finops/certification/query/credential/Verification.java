package org.finops.certification.query.credential;

import java.util.List;

/**
 * What a verification found: {@code valid} when every check passed, and each check with its result and, when it
 * failed, why. The checks are always the same five, in this order: signature, issuer, validityPeriod, revocation,
 * suspension.
 */
public record Verification(boolean valid, String format, String credentialId, String subject, String name,
                           String validFrom, String validUntil, List<Check> checks) {

    public record Check(String check, boolean passed, String detail) {
        static Check passed(String check, String detail) {
            return new Check(check, true, detail);
        }

        static Check failed(String check, String detail) {
            return new Check(check, false, detail);
        }
    }
}
