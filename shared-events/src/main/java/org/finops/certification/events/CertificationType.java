package org.finops.certification.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /** The certifications a member applies for today; the legacy ones are only imported. */
    public static List<CertificationType> offered() {
        return Arrays.stream(values()).filter(type -> !type.isLegacy()).toList();
    }

    public static List<CertificationType> legacy() {
        return Arrays.stream(values()).filter(CertificationType::isLegacy).toList();
    }

    /** The type a request names, if it names one ({@code valueOf} throws for anything else). */
    public static Optional<CertificationType> named(String code) {
        return Arrays.stream(values()).filter(type -> type.name().equals(code)).findFirst();
    }

    /** The type a request names, if it names one of those {@link #offered()}. */
    public static Optional<CertificationType> offered(String code) {
        return named(code).filter(type -> !type.isLegacy());
    }

    public CertificationType renewsAs() {
        return this == SERVICE_PROVIDER ? SERVICE_PROVIDER : PLATFORM;
    }

    /**
     * A platform certifies a product (its FOCUS support is a version and modes); a service provider a dedicated
     * service offering (its FOCUS work told in words). A legacy type is judged as the type it renews as.
     */
    public boolean certifiesAProduct() {
        return renewsAs() == PLATFORM;
    }

    public boolean isLegacy() {
        return this == LEGACY_PLATFORM || this == LEGACY_SPECIALTY_SOLUTION;
    }
}
