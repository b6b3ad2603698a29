package org.finops.certification.support.web;

import java.util.function.Predicate;

/** Frameworks wrap a failure several times over; what it means is decided by what it was caused by. */
public final class Causes {
    private static final int DEPTH = 32;

    private Causes() {
    }

    /** Whether the failure or anything in its cause chain (bounded, in case of a cycle) matches. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
