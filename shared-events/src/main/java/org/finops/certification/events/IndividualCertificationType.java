package org.finops.certification.events;

/** A person's certification, counted towards the organisation's requirements. */
public enum IndividualCertificationType {
    PRACTITIONER("FinOps Certified Practitioner"),
    ENGINEER("FinOps Certified Engineer"),
    PROFESSIONAL("FinOps Certified Professional"),
    FOCUS_ANALYST("FOCUS Analyst");

    private final String title;

    IndividualCertificationType(String title) {
        this.title = title;
    }

    /** The certification's name as the foundation awards it. */
    public String title() {
        return title;
    }
}
