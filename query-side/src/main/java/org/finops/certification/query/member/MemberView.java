package org.finops.certification.query.member;

/** A member as staff, auditors and the member itself read it. */
public record MemberView(String memberId, String legalName, String sizeBand, boolean goodStanding) {
}
