package org.finops.certification.query.credential;

import org.finops.certification.rules.CertificationStatus;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two status lists, each named by its Bitstring Status List purpose: a certification's bit is set in a list
 * while its status is the one the list publishes. Revocation is final; a reinstatement clears the suspension bit.
 */
public enum StatusPurpose {
    REVOCATION("revocation", CertificationStatus.REVOKED),
    SUSPENSION("suspension", CertificationStatus.SUSPENDED);

    private final String value;
    private final CertificationStatus setWhile;

    StatusPurpose(String value, CertificationStatus setWhile) {
        this.value = value;
        this.setWhile = setWhile;
    }

    public String value() {
        return value;
    }

    public CertificationStatus setWhile() {
        return setWhile;
    }

    public static Optional<StatusPurpose> of(String value) {
        return Arrays.stream(values()).filter(purpose -> purpose.value.equals(value)).findFirst();
    }
}
