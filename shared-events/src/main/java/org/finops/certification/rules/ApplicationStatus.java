package org.finops.certification.rules;

import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationEvent;
import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.ApplicationWithdrawn;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an application stands, written once: the command side decides with it, the read models and the console show
 * it. Only a submitted application is still open: it alone may be approved, rejected or withdrawn.
 */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The status the event leaves its application in. */
    public static ApplicationStatus after(ApplicationEvent event) {
        return switch (event) {
            case ApplicationSubmitted submitted -> SUBMITTED;
            case ApplicationApproved approved -> APPROVED;
            case ApplicationRejected rejected -> REJECTED;
            case ApplicationWithdrawn withdrawn -> WITHDRAWN;
        };
    }

    /** The status a request or an answer names, if it names one ({@code valueOf} throws for anything else). */
    public static Optional<ApplicationStatus> named(String code) {
        return Arrays.stream(values()).filter(status -> status.name().equals(code)).findFirst();
    }

    public boolean isOpen() {
        return this == SUBMITTED;
    }
}
