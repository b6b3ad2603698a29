package org.finops.certification.events;

/** The organisation certifications; the legacy ones are only imported and renew as {@link #PLATFORM}. */
public enum CertificationType {
    PLATFORM("FinOps Certified Platform"),
    SERVICE_PROVIDER("FinOps Certified Service Provider"),
    LEGACY_PLATFORM("FinOps Certified Platform (legacy)"),
    LEGACY_SPECIALTY_SOLUTION("FinOps Certified Specialty Solution (legacy)");

    private final String title;

    CertificationType(String title) {
        this.title = title;
    }

    /** The certification's name as the foundation awards it (pages, credentials). */
    public String title() {
        return title;
    }

    public CertificationType renewsAs() {
        return this == SERVICE_PROVIDER ? SERVICE_PROVIDER : PLATFORM;
    }

    public boolean isLegacy() {
        return this == LEGACY_PLATFORM || this == LEGACY_SPECIALTY_SOLUTION;
    }
}
