package org.finops.certification.command.rules;

import java.util.List;

/** A domain rule refused the command; nothing was recorded. */
public class RuleViolation extends RuntimeException {
    private final Refusal refusal;
    private final List<Shortfall> missing;

    public RuleViolation(Refusal refusal, String detail) {
        this(refusal, detail, List.of());
    }

    public RuleViolation(Refusal refusal, String detail, List<Shortfall> missing) {
        super(detail);
        this.refusal = refusal;
        this.missing = List.copyOf(missing);
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<Shortfall> missing() {
        return missing;
    }
}
