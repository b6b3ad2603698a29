package org.finops.certification.command.policy;

import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.IsoDuration;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code PUT /policies/{version}}, and the form the default policy ships in. */
public record PolicyDocument(
        Instant effectiveFrom,
        String validity,
        String renewalWindow,
        List<String> reminders,
        Map<CertificationType, Map<SizeBand, Map<IndividualCertificationType, Integer>>> requirements,
        Map<IndividualCertificationType, List<IndividualCertificationType>> countsToward,
        Map<CertificationType, Map<String, Integer>> capabilities,
        Map<CertificationType, Integer> minimumCapabilityTotal) {

    /** The counting rule of the domain when a document does not restate it: an engineer counts as a practitioner. */
    private static final Map<IndividualCertificationType, List<IndividualCertificationType>> USUAL_COUNTING = Map.of(
            IndividualCertificationType.PRACTITIONER,
            List.of(IndividualCertificationType.PRACTITIONER, IndividualCertificationType.ENGINEER),
            IndividualCertificationType.PROFESSIONAL, List.of(IndividualCertificationType.PROFESSIONAL),
            IndividualCertificationType.FOCUS_ANALYST, List.of(IndividualCertificationType.FOCUS_ANALYST));

    public PolicyPublished toPublished(String version) {
        return new PolicyPublished(version, effectiveFrom, validity, renewalWindow, List.copyOf(reminders),
                requirements, countsToward == null ? USUAL_COUNTING : countsToward, capabilities,
                minimumCapabilityTotal);
    }

    /** Field path to problem, for every part of the document that cannot become a policy; empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (effectiveFrom == null) {
            problems.put("effectiveFrom", "is required");
        }
        checkDuration(problems, "validity", validity);
        checkDuration(problems, "renewalWindow", renewalWindow);
        if (reminders == null) {
            problems.put("reminders", "is required (may be empty)");
        } else {
            for (int i = 0; i < reminders.size(); i++) {
                checkDuration(problems, "reminders[" + i + "]", reminders.get(i));
            }
        }
        for (CertificationType type : CertificationType.offered()) {
            checkRequirements(problems, type);
            checkCapabilities(problems, type);
            Integer minimum = minimumCapabilityTotal == null ? null : minimumCapabilityTotal.get(type);
            if (minimum == null || minimum < 0) {
                problems.put("minimumCapabilityTotal." + type, "a total of zero or more is required");
            }
        }
        return problems;
    }

    private void checkRequirements(Map<String, String> problems, CertificationType type) {
        Map<SizeBand, Map<IndividualCertificationType, Integer>> byBand =
                requirements == null ? null : requirements.get(type);
        for (SizeBand band : SizeBand.values()) {
            Map<IndividualCertificationType, Integer> counts = byBand == null ? null : byBand.get(band);
            String path = "requirements." + type + "." + band;
            if (counts == null) {
                problems.put(path, "the required counts of every band are needed");
            } else {
                counts.forEach((column, count) -> {
                    if (count == null || count < 0) {
                        problems.put(path + "." + column, "a count of zero or more is required");
                    }
                });
            }
        }
    }

    private void checkCapabilities(Map<String, String> problems, CertificationType type) {
        Map<String, Integer> values = capabilities == null ? null : capabilities.get(type);
        if (values == null || values.isEmpty()) {
            problems.put("capabilities." + type, "the criteria values of the capabilities are needed");
            return;
        }
        values.forEach((capability, value) -> {
            if (value == null || value < 0) {
                problems.put("capabilities." + type + "." + capability, "a value of zero or more is required");
            }
        });
    }

    private static void checkDuration(Map<String, String> problems, String field, String value) {
        if (!IsoDuration.isValid(value)) {
            problems.put(field, "a positive ISO-8601 duration is required (P12M, P90D, PT3M)");
        }
    }
}
