package org.finops.certification.command.policy;

import org.finops.certification.command.rules.Shortfall;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.FocusEvidence;
import org.finops.certification.events.IsoDuration;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;

import org.finops.certification.rules.Eligibility;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rules in force: which counts a band needs per type, which capabilities are worth what, how long a
 * certification lasts. Everything here comes from a published policy version; nothing is a literal in code.
 */
public record Policy(PolicyPublished published) {

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
        return Eligibility.of(published, type, band, held::countFor, claims, focus).stream()
                .filter(criterion -> !criterion.met())
                .map(criterion -> new Shortfall(criterion.name(), criterion.required(), criterion.held())).toList();
    }
}
