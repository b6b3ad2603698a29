package org.finops.certification.rules;

import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The policy's counting rule, written once: for a type and a band, each counted column requires a number of
 * individual certifications, and a credential counts in every column {@code countsToward} names it for (an
 * engineer counts as a practitioner). Approval decides with it; the compliance view shows it.
 */
public final class Requirements {
    private Requirements() {
    }

    /**
     * @param holding how many current credentials the member holds of any of the given types
     * @return each column the policy requires for the type in the band, held against required, in the policy's order
     */
    public static List<Counted> counted(PolicyPublished policy, CertificationType type, SizeBand band,
                                        ToIntFunction<List<IndividualCertificationType>> holding) {
        Map<IndividualCertificationType, Integer> required =
                policy.requirements().getOrDefault(type, Map.of()).getOrDefault(band, Map.of());
        List<Counted> columns = new ArrayList<>();
        required.forEach((column, count) -> columns.add(new Counted(column, count,
                holding.applyAsInt(policy.countsToward().getOrDefault(column, List.of(column))))));
        return columns;
    }

    /** One counted column: how many the policy requires and how many the member holds. */
    public record Counted(IndividualCertificationType column, int required, int held) {
        public boolean met() {
            return held >= required;
        }
    }
}
