package org.finops.certification.events;

public enum FocusMode {
    PRODUCE,
    IMPORT,
    EXPORT
}
