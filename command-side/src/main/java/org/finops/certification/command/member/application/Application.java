package org.finops.certification.command.member.application;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.finops.certification.command.member.MemberClock;
import org.finops.certification.command.policy.PolicyCatalog;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.ApplicationWithdrawn;
import org.finops.certification.events.CertificationType;
import org.finops.certification.rules.ApplicationStatus;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One application of a member (a renewal review when {@code renewalOf} names a certification), an entity of the
 * Member aggregate: it rejects and withdraws itself; approval reads the whole member, so the member decides it.
 */
public class Application {
    @EntityId
    private String applicationId;
    private ApplicationSubmitted submitted;
    private ApplicationStatus status;

    protected Application() {
        // for snapshots
    }

    public Application(ApplicationSubmitted submitted) {
        this.applicationId = submitted.applicationId();
        this.submitted = submitted;
        this.status = ApplicationStatus.SUBMITTED;
    }

    @CommandHandler
    void handle(RejectApplication command, PolicyCatalog policies) {
        requireOpen();
        apply(new ApplicationRejected(submitted.memberId(), applicationId, command.reason(),
                policies.inForceAt(MemberClock.now()).version()));
    }

    @CommandHandler
    void handle(WithdrawApplication command) {
        requireOpen();
        apply(new ApplicationWithdrawn(submitted.memberId(), applicationId, command.reason()));
    }

    public void requireOpen() {
        if (!isOpen()) {
            throw new InvalidState("application " + applicationId + " is already " + status);
        }
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isRenewal() {
        return renewalOf() != null;
    }

    public String applicationId() {
        return applicationId;
    }

    /** What was applied for: the type, the content put forward, the certification a renewal review is for. */
    public CertificationType type() {
        return submitted.type();
    }

    public ApplicationContent content() {
        return new ApplicationContent(submitted.offering(), submitted.capabilities(), submitted.focus(),
                submitted.community());
    }

    public String renewalOf() {
        return submitted.renewalOfCertificationId();
    }

    @EventSourcingHandler
    void on(ApplicationApproved event) {
        status = ApplicationStatus.after(event);
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        status = ApplicationStatus.after(event);
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn event) {
        status = ApplicationStatus.after(event);
    }

    /** By value, so that a state rebuilt from the events can be compared with the one that decided. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Application that && applicationId.equals(that.applicationId)
                && submitted.equals(that.submitted) && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, status);
    }
}
