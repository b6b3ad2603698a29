package org.finops.certification.command.policy;

import org.finops.certification.command.rules.Shortfall;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.FocusEvidence;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.IsoDuration;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;

import org.finops.certification.rules.Requirements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules in force: which counts a band needs per type, which capabilities are worth what, how long a
 * certification lasts. Everything here comes from a published policy version; nothing is a literal in code.
 */
public record Policy(PolicyPublished published) {
    public static final String CAPABILITY_TOTAL = "CAPABILITY_TOTAL";
    public static final String FOCUS_CRITERIA = "FOCUS_CRITERIA";

    public String version() {
        return published.policyVersion();
    }

    public Instant effectiveFrom() {
        return published.effectiveFrom();
    }

    public Instant validUntil(Instant validFrom) {
        return IsoDuration.parse(published.validity()).after(validFrom);
    }

    public Instant renewalWindowOpens(Instant validUntil) {
        return IsoDuration.parse(published.renewalWindow()).before(validUntil);
    }

    public List<String> reminders() {
        return published.reminders();
    }

    public boolean remindsAt(String offset) {
        return published.reminders().contains(offset);
    }

    public Instant reminderMoment(Instant validUntil, String offset) {
        return IsoDuration.parse(offset).before(validUntil);
    }

    public boolean knowsCapability(CertificationType type, String capabilityId) {
        return published.capabilities().getOrDefault(type, Map.of()).containsKey(capabilityId);
    }

    /** Every requirement the member does not meet for the type, in the policy's words; empty when eligible. */
    public List<Shortfall> unmetFor(CertificationType type, SizeBand band, HeldCredentials held,
                                    Collection<CapabilityClaim> claims, FocusEvidence focus) {
        List<Shortfall> missing = new ArrayList<>();
        for (Requirements.Counted column : Requirements.counted(published, type, band, held::countFor)) {
            if (!column.met()) {
                missing.add(new Shortfall(column.column().name(), column.required(), column.held()));
            }
        }
        int minimum = published.minimumCapabilityTotal().getOrDefault(type, 0);
        int total = capabilityTotal(type, claims);
        if (total < minimum) {
            missing.add(new Shortfall(CAPABILITY_TOTAL, minimum, total));
        }
        if (!focusCriteriaPresent(type, focus)) {
            missing.add(new Shortfall(FOCUS_CRITERIA, 1, 0));
        }
        return missing;
    }

    /** An eligibility check only, never a score: a capability claimed twice counts once. */
    private int capabilityTotal(CertificationType type, Collection<CapabilityClaim> claims) {
        Map<String, Integer> values = published.capabilities().getOrDefault(type, Map.of());
        Set<String> distinct = new LinkedHashSet<>();
        claims.forEach(claim -> distinct.add(claim.capabilityId()));
        return distinct.stream().mapToInt(id -> values.getOrDefault(id, 0)).sum();
    }

    private static boolean focusCriteriaPresent(CertificationType type, FocusEvidence focus) {
        if (focus == null || isBlank(focus.referenceUrl())) {
            return false;
        }
        if (type == CertificationType.SERVICE_PROVIDER) {
            return !isBlank(focus.evidence());
        }
        return !isBlank(focus.version()) && focus.modes() != null && !focus.modes().isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
