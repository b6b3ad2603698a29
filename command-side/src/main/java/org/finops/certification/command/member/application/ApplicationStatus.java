package org.finops.certification.command.member.application;

public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
