package org.finops.certification.command.rules;

/** The command names an application, certification or credential that does not exist. */
public class UnknownEntity extends RuntimeException {
    public UnknownEntity(String detail) {
        super(detail);
    }
}
