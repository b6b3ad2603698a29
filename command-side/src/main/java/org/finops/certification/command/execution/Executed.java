package org.finops.certification.command.execution;

/** A committed command's answer; {@code replayed} when it is the stored answer to an earlier use of its key. */
public record Executed(Answer answer, boolean replayed) {
}
