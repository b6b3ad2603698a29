package org.finops.certification.support.security;

import java.util.Set;

/** Who calls: the actor recorded on every decision, the roles, and for a member the organisation it acts for. */
public record Caller(String actor, Set<String> roles, String org) {
    public static final String MEMBER = "member";
    public static final String STAFF = "staff";
    public static final String AUDITOR = "auditor";

    public boolean isStaff() {
        return roles.contains(STAFF);
    }

    public boolean isAuditor() {
        return roles.contains(AUDITOR);
    }

    public boolean actsFor(String memberId) {
        return roles.contains(MEMBER) && org != null && org.equals(memberId);
    }
}
