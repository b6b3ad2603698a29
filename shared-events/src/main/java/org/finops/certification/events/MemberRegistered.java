package org.finops.certification.events;

public record MemberRegistered(String memberId, String legalName, SizeBand sizeBand, boolean goodStanding, String contactEmail) implements MemberEvent {
}
