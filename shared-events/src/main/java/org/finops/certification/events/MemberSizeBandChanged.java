package org.finops.certification.events;

public record MemberSizeBandChanged(String memberId, SizeBand sizeBand, SizeBand previousSizeBand, String reason) implements MemberEvent, Explained {
}
