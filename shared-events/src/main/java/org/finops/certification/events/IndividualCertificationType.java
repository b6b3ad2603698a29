package org.finops.certification.events;

public enum IndividualCertificationType {
    PRACTITIONER,
    ENGINEER,
    PROFESSIONAL,
    FOCUS_ANALYST
}
