package org.finops.certification.events;

/**
 * An event about one member: the member id is the Kafka record key, so a member's events stay in order. Sealed, so
 * that a switch over a member's events is checked by the compiler when an event type is added.
 */
public sealed interface MemberEvent permits MemberRegistered, MemberStandingChanged, MemberSizeBandChanged,
        IndividualCertificationRecorded, IndividualCertificationWithdrawn, ApplicationEvent, CertificationEvent {
    String memberId();
}
