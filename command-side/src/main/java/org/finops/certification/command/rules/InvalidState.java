package org.finops.certification.command.rules;

/** The current state forbids the command (an approved application cannot be withdrawn, ...). */
public class InvalidState extends RuntimeException {
    public InvalidState(String detail) {
        super(detail);
    }
}
