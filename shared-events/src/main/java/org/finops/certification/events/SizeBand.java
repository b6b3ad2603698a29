package org.finops.certification.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Company-size band of the member's parent organisation. The wire names start with digits, so they are codes. */
public enum SizeBand {
    LT_100("LT_100"),
    FROM_100_TO_499("100_499"),
    FROM_500_TO_4999("500_4999"),
    FROM_5000("5000_PLUS");

    private final String code;

    SizeBand(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static SizeBand ofCode(String code) {
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size band: " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
