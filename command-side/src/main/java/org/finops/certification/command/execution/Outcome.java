package org.finops.certification.command.execution;

import org.finops.certification.command.rules.Refused;

/**
 * What a command did, once its events are in the store: both kinds wrote events at {@code position}, the global
 * index of the last of them. A refusal that is not recorded is an exception, and nothing was written.
 */
public sealed interface Outcome<R> {
    long position();

    /** The command's events are written; {@code result} is what its handler answered (an id, an approval). */
    record Accepted<R>(R result, long position) implements Outcome<R> {
    }

    /** The request was refused, and the refusal itself is a recorded event (a transfer, a white-label extension). */
    record RefusalRecorded<R>(Refused refused, long position) implements Outcome<R> {
    }
}
