package org.finops.certification.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A version of the certification rules. Durations are ISO-8601 ({@code P12M}, {@code PT3M}); requirement counts are
 * per certification type, size band and counted column; {@code countsToward} says which individual certifications
 * count in which column (an engineer counts as a practitioner).
 */
public record PolicyPublished(
        String policyVersion,
        Instant effectiveFrom,
        String validity,
        String renewalWindow,
        List<String> reminders,
        Map<CertificationType, Map<SizeBand, Map<IndividualCertificationType, Integer>>> requirements,
        Map<IndividualCertificationType, List<IndividualCertificationType>> countsToward,
        Map<CertificationType, Map<String, Integer>> capabilities,
        Map<CertificationType, Integer> minimumCapabilityTotal) implements PolicyBound {
}
