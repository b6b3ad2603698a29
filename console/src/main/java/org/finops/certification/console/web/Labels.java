package org.finops.certification.console.web;

import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.SizeBand;
import org.finops.certification.events.TransferRefused;
import org.finops.certification.rules.ApplicationStatus;
import org.finops.certification.rules.CertificationStatus;
import org.finops.certification.rules.Eligibility;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Words for the codes the APIs answer with, for the pages ({@code @labels} in the templates). */
@Component("labels")
public class Labels {
    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry(CertificationStatus.ACTIVE.name(), "Active"),
            Map.entry(CertificationStatus.RENEWAL_DUE.name(), "Due for renewal"),
            Map.entry(CertificationStatus.SUSPENDED.name(), "Suspended"),
            Map.entry(CertificationStatus.REVOKED.name(), "Revoked"),
            Map.entry(CertificationStatus.EXPIRED.name(), "Expired"),
            Map.entry(ApplicationStatus.SUBMITTED.name(), "Submitted, awaiting review"),
            Map.entry(ApplicationStatus.APPROVED.name(), "Approved"),
            Map.entry(ApplicationStatus.REJECTED.name(), "Rejected"),
            Map.entry(ApplicationStatus.WITHDRAWN.name(), "Withdrawn"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String type(String code) {
        return CertificationType.named(code)
                .map(CertificationType::title).orElse(code);
    }

    /** A certification's or an application's status in words. */
    public String status(String code) {
        return STATUSES.getOrDefault(code == null ? "" : code, code);
    }

    /** A size band as the people in the member's parent organisation ({@code 100_499}: "100 to 499 people"). */
    public String band(SizeBand band) {
        return switch (band) {
            case LT_100 -> "Fewer than 100 people";
            case FROM_100_TO_499 -> "100 to 499 people";
            case FROM_500_TO_4999 -> "500 to 4,999 people";
            case FROM_5000 -> "5,000 people or more";
        };
    }

    public String band(String code) {
        return Arrays.stream(SizeBand.values()).filter(band -> band.code().equals(code)).findFirst().map(this::band)
                .orElse(code);
    }

    public String individualType(String code) {
        return Arrays.stream(IndividualCertificationType.values()).filter(type -> type.name().equals(code))
                .findFirst().map(IndividualCertificationType::title).orElse(code);
    }

    /**
     * What happened, in words, for an event type of the trail ({@code CertificationRevoked}: "Certification revoked").
     * A refused transfer or white-label extension says the rule it met rather than which of the two was asked.
     */
    public String event(String eventType) {
        if (TransferRefused.class.getSimpleName().equals(eventType)) {
            return "Transfer or white-label extension refused";
        }
        if (eventType == null || eventType.isBlank()) {
            return "";
        }
        String words = eventType.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
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
