package org.finops.certification.events;

/** An event about one member: the member id is the Kafka record key, so a member's events stay in order. */
public interface MemberEvent {
    String memberId();
}
