package org.finops.certification.events;

public record ApplicationRejected(String memberId, String applicationId, String reason, String policyVersion) implements ApplicationEvent, PolicyBound, Explained {
}
