package org.finops.certification.console.signin;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person as the APIs see them: the subject recorded on their decisions, their roles, their
 * organisation (members only), and the bearer token the console sends on their behalf.
 */
public record ConsoleUser(String subject, Set<String> roles, String org, String token) implements Serializable {

    public boolean isStaff() {
        return roles.contains("staff");
    }

    public boolean isMember() {
        return roles.contains("member") && org != null;
    }

    public boolean isAuditor() {
        return roles.contains("auditor");
    }

    /** Where a person lands after signing in: their own work first. */
    public String home() {
        if (isStaff()) {
            return "/staff/queue";
        }
        if (isMember()) {
            return "/member";
        }
        return isAuditor() ? "/audit" : "/directory";
    }
}
