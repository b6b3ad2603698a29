package org.finops.certification.events;

/** The organisation certifications; the legacy ones are only imported and renew as {@link #PLATFORM}. */
public enum CertificationType {
    PLATFORM,
    SERVICE_PROVIDER,
    LEGACY_PLATFORM,
    LEGACY_SPECIALTY_SOLUTION;

    public CertificationType renewsAs() {
        return this == SERVICE_PROVIDER ? SERVICE_PROVIDER : PLATFORM;
    }

    public boolean isLegacy() {
        return this == LEGACY_PLATFORM || this == LEGACY_SPECIALTY_SOLUTION;
    }
}
