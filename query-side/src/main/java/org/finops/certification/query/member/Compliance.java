package org.finops.certification.query.member;

import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Held versus required, per counted column, under a policy: each current credential counts, in every column the
 * policy's {@code countsToward} names it for (an engineer counts as a practitioner).
 */
public record Compliance(String memberId, String type, String sizeBand, String policyVersion, boolean met,
                         List<Column> columns, List<String> missing) {

    public record Column(String column, int held, int required, boolean met) {
    }

    static Compliance of(String memberId, CertificationType type, SizeBand band, PolicyPublished policy,
                         Map<IndividualCertificationType, Integer> held) {
        Map<IndividualCertificationType, Integer> required =
                policy.requirements().getOrDefault(type, Map.of()).getOrDefault(band, Map.of());
        List<Column> columns = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        required.forEach((column, count) -> {
            int holding = policy.countsToward().getOrDefault(column, List.of(column)).stream()
                    .mapToInt(counted -> held.getOrDefault(counted, 0)).sum();
            columns.add(new Column(column.name(), holding, count, holding >= count));
            if (holding < count) {
                missing.add(column.name());
            }
        });
        return new Compliance(memberId, type.name(), band.code(), policy.policyVersion(), missing.isEmpty(), columns,
                missing);
    }
}
