package org.finops.certification.query.member;

import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;

import org.finops.certification.rules.Requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Held versus required, per counted column, under a policy, counted by the rule approval uses
 * ({@link Requirements}).
 */
public record Compliance(String memberId, String type, String sizeBand, String policyVersion, boolean met,
                         List<Column> columns, List<String> missing) {

    public record Column(String column, int held, int required, boolean met) {
    }

    static Compliance of(String memberId, CertificationType type, SizeBand band, PolicyPublished policy,
                         Map<IndividualCertificationType, Integer> held) {
        List<Column> columns = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Requirements.Counted counted : Requirements.counted(policy, type, band,
                types -> MemberHoldings.holding(held, types))) {
            columns.add(new Column(counted.column().name(), counted.held(), counted.required(), counted.met()));
            if (!counted.met()) {
                missing.add(counted.column().name());
            }
        }
        return new Compliance(memberId, type.name(), band.code(), policy.policyVersion(), missing.isEmpty(), columns,
                missing);
    }
}
