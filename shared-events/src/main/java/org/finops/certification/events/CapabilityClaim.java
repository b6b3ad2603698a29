package org.finops.certification.events;

public record CapabilityClaim(String capabilityId, String evidenceUrl) {
}
