package org.finops.certification.events;

/** An event in the life of one application (or renewal review) of a member. */
public sealed interface ApplicationEvent extends MemberEvent permits ApplicationSubmitted, ApplicationApproved,
        ApplicationRejected, ApplicationWithdrawn {
    String applicationId();
}
