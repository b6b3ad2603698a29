package org.finops.certification.events;

public enum CommunityKind {
    WORKING_GROUP,
    OPEN_SOURCE,
    CASE_STUDY,
    BLOG_OR_PODCAST,
    FOCUS_CONTRIBUTOR,
    TAC_OR_BOARD,
    SUPPORT_CHANNEL,
    OTHER
}
