package org.finops.certification.command.member.certification;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.finops.certification.command.member.MemberClock;
import org.finops.certification.command.member.application.Application;
import org.finops.certification.command.member.application.Approval;
import org.finops.certification.command.policy.Policy;
import org.finops.certification.command.policy.PolicyCatalog;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refused;
import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.CertificationEvent;
import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.rules.CertificationAction;
import org.finops.certification.rules.CertificationState;
import org.finops.certification.rules.CertificationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One certification of a member, an entity of the Member aggregate: its state follows the shared state machine
 * ({@link CertificationState}); it moves itself through time, is revoked, and refuses every transfer. The reminders
 * issued belong to the current validity period and restart with a renewal.
 */
public class Certification {
    @EntityId
    private String certificationId;
    private CertificationState state;
    private List<String> remindersIssued = new ArrayList<>();

    protected Certification() {
        // for snapshots
    }

    public Certification(CertificationState state) {
        this.certificationId = state.certificationId();
        this.state = state;
    }

    @CommandHandler
    void handle(RevokeCertification command) {
        if (!state.status().allows(CertificationAction.REVOKE)) {
            throw new InvalidState("certification " + certificationId + " is already " + state.status());
        }
        apply(new CertificationRevoked(state.memberId(), certificationId, command.reason()));
    }

    @CommandHandler
    Refused handle(RequestTransfer command) {
        return NonTransferable.refuse(state.memberId(), certificationId, RefusedRequest.TRANSFER,
                command.toMemberId(), command.reason());
    }

    @CommandHandler
    Refused handle(RequestWhiteLabelExtension command) {
        return NonTransferable.refuse(state.memberId(), certificationId, RefusedRequest.WHITE_LABEL_EXTENSION,
                command.partnerMemberId(), null);
    }

    /** Losing the standing suspends a current certification; regaining it reinstates one still valid. */
    public void followStanding(boolean goodStanding, String reason) {
        if (!goodStanding && state.status().allows(CertificationAction.SUSPEND)) {
            apply(new CertificationSuspended(state.memberId(), certificationId, reason));
        } else if (goodStanding && state.status().allows(CertificationAction.REINSTATE)
                && state.validUntil().isAfter(MemberClock.now())) {
            apply(new CertificationReinstated(state.memberId(), certificationId, reason));
        }
    }

    /** Suspension pauses nothing: the window of a suspended certification opens on time too. */
    @CommandHandler
    void handle(OpenRenewalWindow command, PolicyCatalog policies) {
        Policy policy = policyOf(policies);
        if (state.hasEnded() || state.windowOpen()
                || MemberClock.now().isBefore(policy.renewalWindowOpens(state.validUntil()))) {
            return;
        }
        apply(new RenewalWindowOpened(state.memberId(), certificationId, state.validUntil(), policy.version()));
    }

    /** Once per period and offset, and never for a certification renewed, revoked or expired meanwhile. */
    @CommandHandler
    void handle(IssueRenewalReminder command, PolicyCatalog policies) {
        Policy policy = policyOf(policies);
        if (!policy.remindsAt(command.reminderOffset())) {
            return;
        }
        Instant moment = policy.reminderMoment(state.validUntil(), command.reminderOffset());
        if (owesReminder(command.reminderOffset(), moment, MemberClock.now())) {
            apply(new RenewalReminderDue(state.memberId(), certificationId, state.validUntil(),
                    command.reminderOffset(), moment, policy.version()));
        }
    }

    @CommandHandler
    void handle(ExpireCertification command) {
        if (state.hasEnded() || MemberClock.now().isBefore(state.validUntil())) {
            return;
        }
        apply(new CertificationExpired(state.memberId(), certificationId, state.validUntil()));
    }

    /** Renewing before expiry continues from the old expiry; after it, from the approval, leaving the gap visible. */
    public Approval renew(Application review, String comment, Policy policy, Instant now) {
        if (state.status() == CertificationStatus.REVOKED) {
            throw new InvalidState("certification " + certificationId + " was revoked");
        }
        Instant validFrom = state.validUntil().isAfter(now) ? state.validUntil() : now;
        Instant validUntil = policy.validUntil(validFrom);
        apply(new ApplicationApproved(state.memberId(), review.applicationId(), certificationId, review.type(),
                comment, policy.version()));
        apply(new CertificationRenewed(state.memberId(), certificationId, review.applicationId(), review.type(),
                state.validUntil(), validFrom, validUntil, policy.version()));
        return new Approval(certificationId, validUntil);
    }

    public CertificationState state() {
        return state;
    }

    /** A reminder is owed once per period, for a moment inside the period. */
    private boolean owesReminder(String offset, Instant moment, Instant now) {
        return !state.hasEnded() && !remindersIssued.contains(offset) && !now.isBefore(moment)
                && moment.isAfter(state.periodStart()) && state.validUntil().isAfter(now);
    }

    /** The rules a certification was granted under decide its window; a legacy one follows the policy in force. */
    private Policy policyOf(PolicyCatalog policies) {
        return Optional.ofNullable(state.policyVersion()).flatMap(policies::version)
                .orElseGet(() -> policies.inForceAt(MemberClock.now()));
    }

    @EventSourcingHandler
    void on(CertificationEvent event) {
        switch (event) {
            case CertificationRenewed renewed -> remindersIssued = new ArrayList<>();
            case RenewalReminderDue due -> remindersIssued.add(due.reminderOffset());
            default -> {
                // the state machine below is all that changes
            }
        }
        state = state.next(event);
    }

    /** By value, so that a state rebuilt from the events can be compared with the one that decided. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Certification that && certificationId.equals(that.certificationId)
                && state.equals(that.state) && remindersIssued.equals(that.remindersIssued);
    }

    @Override
    public int hashCode() {
        return Objects.hash(certificationId, state, remindersIssued);
    }
}
