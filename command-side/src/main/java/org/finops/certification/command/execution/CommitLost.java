package org.finops.certification.command.execution;

/** The commit lost to a concurrent one on the same member: nothing was recorded, and the client may retry. */
public class CommitLost extends RuntimeException {
    public CommitLost(Throwable cause) {
        super("a concurrent commit on the same member won", cause);
    }
}
