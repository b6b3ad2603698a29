package org.finops.certification.console.web;

import org.finops.certification.events.CertificationType;
import org.finops.certification.rules.Eligibility;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Words for the codes the APIs answer with, for the pages ({@code @labels} in the templates). */
@Component("labels")
public class Labels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String type(String code) {
        return Arrays.stream(CertificationType.values()).filter(type -> type.name().equals(code)).findFirst()
                .map(CertificationType::title).orElse(code);
    }

    /** A criterion of an application's evaluation; an individual certification's column is named as it is. */
    public String criterion(String code) {
        return switch (code) {
            case Eligibility.CAPABILITY_TOTAL -> "Capability total (value of the capabilities claimed)";
            case Eligibility.FOCUS_CRITERIA -> "FOCUS criteria";
            default -> code;
        };
    }

    /** The name of a verification check, as a heading. */
    public String check(String code) {
        return switch (code) {
            case "signature" -> "Signature";
            case "issuer" -> "Issuer";
            case "validityPeriod" -> "Validity period";
            case "revocation" -> "Not revoked";
            case "suspension" -> "Not suspended";
            default -> code;
        };
    }

    /** An instant as the day it falls on (UTC); what is not an instant is shown as it came. */
    public String date(String instant) {
        return format(instant, DAY);
    }

    public String time(String instant) {
        return format(instant, MINUTE);
    }

    private static String format(String instant, DateTimeFormatter format) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        try {
            return format.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
