package org.finops.certification.local;

/** A start-up the launcher refuses before it starts anything, with one sentence that says how to fix it. */
final class StartupRefused extends RuntimeException {
    StartupRefused(String sentence) {
        super(sentence);
    }
}
