package org.finops.certification.command.rules;

/** A field carries a value the rules in force do not know (an unknown capability id, ...). */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
