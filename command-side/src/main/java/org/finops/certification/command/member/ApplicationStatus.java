package org.finops.certification.command.member;

public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
