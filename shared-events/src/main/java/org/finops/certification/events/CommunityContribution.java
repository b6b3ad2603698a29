package org.finops.certification.events;

public record CommunityContribution(CommunityKind kind, String url) {
}
