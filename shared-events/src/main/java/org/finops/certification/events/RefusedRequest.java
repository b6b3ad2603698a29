package org.finops.certification.events;

/** What was asked for when a certification was refused to another organisation. */
public enum RefusedRequest {
    TRANSFER,
    WHITE_LABEL_EXTENSION,
    APPLICATION_BASED_ON_ANOTHER_ORGANISATIONS_CERTIFICATION
}
