package org.finops.certification.events;

public record ApplicationWithdrawn(String memberId, String applicationId, String reason) implements ApplicationEvent, Explained {
}
