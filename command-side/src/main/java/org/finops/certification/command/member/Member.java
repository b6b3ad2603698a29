package org.finops.certification.command.member;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.finops.certification.command.member.application.Application;
import org.finops.certification.command.member.application.ApplicationContent;
import org.finops.certification.command.member.application.Approval;
import org.finops.certification.command.member.application.ApproveApplication;
import org.finops.certification.command.member.application.SubmitApplication;
import org.finops.certification.command.member.certification.Certification;
import org.finops.certification.command.member.certification.ImportLegacyCertification;
import org.finops.certification.command.member.certification.NonTransferable;
import org.finops.certification.command.member.certification.RequestRenewal;
import org.finops.certification.command.member.credential.CredentialRegistry;
import org.finops.certification.command.member.credential.Credentials;
import org.finops.certification.command.member.credential.RecordIndividualCertification;
import org.finops.certification.command.member.credential.WithdrawIndividualCertification;
import org.finops.certification.command.policy.Policy;
import org.finops.certification.command.policy.PolicyCatalog;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.command.rules.Shortfall;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.CertificationEvent;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.MemberSizeBandChanged;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.RenewalRequested;
import org.finops.certification.events.SizeBand;
import org.finops.certification.rules.CertificationState;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member organisation and everything its certifications depend on: standing, size band, the individual
 * certifications of its people, its applications and its certifications (entities with their own handlers).
 * Approval reads all of these, so they share one consistency boundary: a withdrawn credential or a lost standing
 * cannot slip in between the check and the grant. The revision names the snapshot's shape: an older one is ignored
 * and the member is rebuilt from its events.
 */
@Aggregate(snapshotTriggerDefinition = "memberSnapshotTrigger", commandTargetResolver = "commandTargets",
        lockFactory = "memberLocks", cache = "memberCache")
@Revision(Member.SNAPSHOT_REVISION)
public class Member {
    public static final String SNAPSHOT_REVISION = "3";

    @AggregateIdentifier
    private String memberId;
    private SizeBand sizeBand;
    private boolean goodStanding;
    private Credentials credentials = new Credentials();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Application> applications = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Certification> certifications = new LinkedHashMap<>();

    protected Member() {
        // for event sourcing and snapshots
    }

    @CommandHandler
    public Member(RegisterMember command) {
        apply(new MemberRegistered(command.memberId(), command.legalName(), command.sizeBand(),
                command.goodStanding(), command.contactEmail()));
    }

    /** Losing the standing suspends every current certification; regaining it reinstates those still valid. */
    @CommandHandler
    public void handle(ChangeMemberStanding command) {
        if (command.goodStanding() == goodStanding) {
            return;
        }
        apply(new MemberStandingChanged(memberId, command.goodStanding(), command.reason()));
        List.copyOf(certifications.values())
                .forEach(certification -> certification.followStanding(command.goodStanding(), command.reason()));
    }

    @CommandHandler
    public void handle(ChangeMemberSizeBand command) {
        if (command.sizeBand() != sizeBand) {
            apply(new MemberSizeBandChanged(memberId, command.sizeBand(), sizeBand, command.reason()));
        }
    }

    @CommandHandler
    public void handle(RecordIndividualCertification command, CredentialRegistry registry) {
        if (credentials.holds(command.credentialId()) || !registry.claim(command.credentialId(), memberId)) {
            throw new RuleViolation(Refusal.DUPLICATE_CREDENTIAL,
                    "credential " + command.credentialId() + " is already recorded");
        }
        apply(new IndividualCertificationRecorded(memberId, command.credentialId(), command.personId(),
                command.type(), command.issuedOn(), command.expiresOn()));
    }

    @CommandHandler
    public void handle(WithdrawIndividualCertification command, CredentialRegistry registry) {
        IndividualCertificationType type = credentials.typeOf(command.credentialId()).orElseThrow(() ->
                new UnknownEntity("no credential " + command.credentialId() + " is recorded for " + memberId));
        registry.release(command.credentialId());
        apply(new IndividualCertificationWithdrawn(memberId, command.credentialId(), type, command.reason()));
    }

    /** @return the application id, or the recorded refusal of an application resting on another's certification */
    @CommandHandler
    public Object handle(SubmitApplication command, PolicyCatalog policies) {
        if (command.basedOnCertificationId() != null && !certifications.containsKey(command.basedOnCertificationId())) {
            return NonTransferable.refuse(memberId, command.basedOnCertificationId(),
                    RefusedRequest.APPLICATION_BASED_ON_ANOTHER_ORGANISATIONS_CERTIFICATION, memberId,
                    "application " + command.applicationId() + " cites it");
        }
        requireGoodStanding();
        requireNoOpenApplicationFor(command.type());
        if (holdsCertificationInForce(command.type())) {
            throw new RuleViolation(Refusal.ALREADY_CERTIFIED,
                    memberId + " already holds a " + command.type() + " certification: request its renewal instead");
        }
        Policy policy = policies.inForceAt(MemberClock.now());
        ApplicationContent content = command.content();
        content.requireFitFor(command.type(), policy);
        apply(new ApplicationSubmitted(memberId, command.applicationId(), command.type(), content.offering(),
                content.capabilities(), content.focus(), content.community(), command.basedOnCertificationId(),
                null, policy.version()));
        return command.applicationId();
    }

    @CommandHandler
    public void handle(RequestRenewal command, PolicyCatalog policies) {
        CertificationState certification = certification(command.certificationId()).state();
        if (certification.hasEnded()) {
            throw new InvalidState("certification " + command.certificationId() + " is " + certification.status()
                    + ": apply for a new certification instead");
        }
        requireGoodStanding();
        CertificationType renewsAs = certification.type().renewsAs();
        requireNoOpenApplicationFor(renewsAs);
        Policy policy = policies.inForceAt(MemberClock.now());
        ApplicationContent content = command.content();
        content.requireFitFor(renewsAs, policy);
        apply(new ApplicationSubmitted(memberId, command.applicationId(), renewsAs, content.offering(),
                content.capabilities(), content.focus(), content.community(), null, command.certificationId(),
                policy.version()));
        apply(new RenewalRequested(memberId, command.certificationId(), command.applicationId(), renewsAs,
                policy.version()));
    }

    @CommandHandler
    public Approval handle(ApproveApplication command, PolicyCatalog policies) {
        Application application = applications.get(command.applicationId());
        if (application == null) {
            throw new UnknownEntity("no application " + command.applicationId() + " of " + memberId);
        }
        application.requireOpen();
        requireGoodStanding();
        Instant now = MemberClock.now();
        Policy policy = policies.inForceAt(now);
        List<Shortfall> missing = policy.unmetFor(application.type(), sizeBand, this::currentCount,
                application.content().capabilities(), application.content().focus());
        if (!missing.isEmpty()) {
            throw new RuleViolation(Refusal.REQUIREMENTS_NOT_MET, "the requirements of policy " + policy.version()
                    + " for " + application.type() + " in band " + sizeBand + " are not met", missing);
        }
        return application.isRenewal()
                ? certification(application.renewalOf()).renew(application, command.comment(), policy, now)
                : grant(application, command.newCertificationId(), command.comment(), policy, now);
    }

    private Approval grant(Application application, String certificationId, String comment, Policy policy,
                           Instant now) {
        if (holdsCertificationInForce(application.type())) {
            throw new RuleViolation(Refusal.ALREADY_CERTIFIED,
                    memberId + " already holds a " + application.type() + " certification");
        }
        Instant validUntil = policy.validUntil(now);
        apply(new ApplicationApproved(memberId, application.applicationId(), certificationId, application.type(),
                comment, policy.version()));
        apply(new CertificationGranted(memberId, certificationId, application.applicationId(), application.type(),
                now, validUntil, policy.version()));
        return new Approval(certificationId, validUntil);
    }

    @CommandHandler
    public void handle(ImportLegacyCertification command) {
        if (certifications.containsKey(command.certificationId())) {
            throw new InvalidState("certification " + command.certificationId() + " is already imported");
        }
        apply(new LegacyCertificationImported(memberId, command.certificationId(), command.legacyType(),
                command.grantedOn(), command.validUntil(), command.externalReference()));
        if (!goodStanding) {
            apply(new CertificationSuspended(memberId, command.certificationId(),
                    "imported while the member is not in good standing"));
        }
    }

    private void requireGoodStanding() {
        if (!goodStanding) {
            throw new RuleViolation(Refusal.NOT_A_MEMBER_IN_GOOD_STANDING, memberId + " is not in good standing");
        }
    }

    private void requireNoOpenApplicationFor(CertificationType type) {
        if (applications.values().stream().anyMatch(app -> app.isOpen() && app.type() == type)) {
            throw new RuleViolation(Refusal.DUPLICATE_APPLICATION,
                    memberId + " already has an open " + type + " application");
        }
    }

    private boolean holdsCertificationInForce(CertificationType type) {
        Instant now = MemberClock.now();
        return certifications.values().stream().map(Certification::state)
                .anyMatch(held -> held.type().renewsAs() == type && held.isInForceAt(now));
    }

    private int currentCount(Collection<IndividualCertificationType> types) {
        return credentials.countOn(MemberClock.now().atZone(ZoneOffset.UTC).toLocalDate(), types);
    }

    private Certification certification(String certificationId) {
        Certification certification = certifications.get(certificationId);
        if (certification == null) {
            throw new UnknownEntity("no certification " + certificationId + " of " + memberId);
        }
        return certification;
    }

    @EventSourcingHandler
    void on(MemberRegistered event) {
        memberId = event.memberId();
        sizeBand = event.sizeBand();
        goodStanding = event.goodStanding();
    }

    @EventSourcingHandler
    void on(MemberStandingChanged event) {
        goodStanding = event.goodStanding();
    }

    @EventSourcingHandler
    void on(MemberSizeBandChanged event) {
        sizeBand = event.sizeBand();
    }

    @EventSourcingHandler
    void on(IndividualCertificationRecorded event) {
        credentials.record(event.credentialId(), event.type(), event.expiresOn());
    }

    @EventSourcingHandler
    void on(IndividualCertificationWithdrawn event) {
        credentials.withdraw(event.credentialId());
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        applications.put(event.applicationId(), new Application(event));
    }

    /** A grant or an import begins a certification; its entity follows every later event itself. */
    @EventSourcingHandler
    void on(CertificationEvent event) {
        CertificationState.begunBy(event).ifPresent(state ->
                certifications.putIfAbsent(state.certificationId(), new Certification(state)));
    }
}
