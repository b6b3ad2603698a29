package org.finops.certification.command.rules;

/** The stable codes of a domain rule that refuses a command; clients switch on them. */
public enum Refusal {
    NOT_A_MEMBER_IN_GOOD_STANDING,
    DUPLICATE_APPLICATION,
    ALREADY_CERTIFIED,
    REQUIREMENTS_NOT_MET,
    NOT_TRANSFERABLE,
    DUPLICATE_CREDENTIAL,
    OFFERING_DOES_NOT_FIT_TYPE
}
