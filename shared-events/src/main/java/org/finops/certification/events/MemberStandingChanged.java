package org.finops.certification.events;

public record MemberStandingChanged(String memberId, boolean goodStanding, String reason) implements MemberEvent, Explained {
}
