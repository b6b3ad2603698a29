package org.finops.certification.command.member;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.finops.certification.command.policy.Policy;
import org.finops.certification.command.policy.PolicyCatalog;
import org.finops.certification.command.rules.InvalidInput;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.Refused;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.command.rules.Shortfall;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.ApplicationWithdrawn;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
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
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.RenewalRequested;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.events.SizeBand;
import org.finops.certification.events.TransferRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member organisation and everything its certifications depend on: standing, size band, the individual
 * certifications of its people, its applications and its certifications. Approval reads all of these, so they
 * share one consistency boundary: a withdrawn credential or a lost standing cannot slip in between the check and
 * the grant.
 */
@Aggregate(snapshotTriggerDefinition = "memberSnapshotTrigger")
public class Member {
    private static final String NOT_TRANSFERABLE = "a certification belongs to the organisation that earned it: it"
            + " cannot be transferred, shared, inherited or extended to a white-label partner";

    @AggregateIdentifier
    private String memberId;
    private SizeBand sizeBand;
    private boolean goodStanding;
    private Map<String, Credential> credentials = new LinkedHashMap<>();
    private Map<String, MemberApplication> applications = new LinkedHashMap<>();
    private Map<String, HeldCertification> certifications = new LinkedHashMap<>();

    protected Member() {
        // for event sourcing and snapshots
    }

    @CommandHandler
    public Member(RegisterMember command) {
        apply(new MemberRegistered(command.memberId(), command.legalName(), command.sizeBand(),
                command.goodStanding(), command.contactEmail()));
    }

    @CommandHandler
    public void handle(ChangeMemberStanding command) {
        if (command.goodStanding() == goodStanding) {
            return;
        }
        apply(new MemberStandingChanged(memberId, command.goodStanding(), command.reason()));
        Instant now = now();
        for (HeldCertification certification : List.copyOf(certifications.values())) {
            if (!command.goodStanding() && certification.isSuspendable()) {
                apply(new CertificationSuspended(memberId, certification.certificationId(), command.reason()));
            } else if (command.goodStanding() && certification.status() == CertificationStatus.SUSPENDED
                    && certification.validUntil().isAfter(now)) {
                apply(new CertificationReinstated(memberId, certification.certificationId(), command.reason()));
            }
        }
    }

    @CommandHandler
    public void handle(ChangeMemberSizeBand command) {
        if (command.sizeBand() != sizeBand) {
            apply(new MemberSizeBandChanged(memberId, command.sizeBand(), sizeBand, command.reason()));
        }
    }

    @CommandHandler
    public void handle(RecordIndividualCertification command, CredentialRegistry registry) {
        if (credentials.containsKey(command.credentialId()) || !registry.claim(command.credentialId(), memberId)) {
            throw new RuleViolation(Refusal.DUPLICATE_CREDENTIAL,
                    "credential " + command.credentialId() + " is already recorded");
        }
        apply(new IndividualCertificationRecorded(memberId, command.credentialId(), command.personId(),
                command.type(), command.issuedOn(), command.expiresOn()));
    }

    @CommandHandler
    public void handle(WithdrawIndividualCertification command, CredentialRegistry registry) {
        Credential credential = credentials.get(command.credentialId());
        if (credential == null) {
            throw new UnknownEntity("no credential " + command.credentialId() + " is recorded for " + memberId);
        }
        registry.release(command.credentialId());
        apply(new IndividualCertificationWithdrawn(memberId, credential.credentialId(), credential.type(),
                command.reason()));
    }

    @CommandHandler
    public Object handle(SubmitApplication command, PolicyCatalog policies) {
        if (command.basedOnCertificationId() != null && !certifications.containsKey(command.basedOnCertificationId())) {
            return refuse(command.basedOnCertificationId(), RefusedRequest.APPLICATION_BASED_ON_ANOTHER_ORGANISATIONS_CERTIFICATION,
                    memberId, "application " + command.applicationId() + " cites it");
        }
        requireGoodStanding();
        if (hasOpenApplicationFor(command.type())) {
            throw new RuleViolation(Refusal.DUPLICATE_APPLICATION,
                    memberId + " already has an open " + command.type() + " application");
        }
        if (holdsCertificationInForce(command.type())) {
            throw new RuleViolation(Refusal.ALREADY_CERTIFIED,
                    memberId + " already holds a " + command.type() + " certification: request its renewal instead");
        }
        Policy policy = policies.inForceAt(now());
        requireFitAndKnownCapabilities(command.type(), command.content(), policy);
        ApplicationContent content = command.content();
        apply(new ApplicationSubmitted(memberId, command.applicationId(), command.type(), content.offering(),
                content.capabilities(), content.focus(), content.community(), command.basedOnCertificationId(),
                null, policy.version()));
        return command.applicationId();
    }

    @CommandHandler
    public void handle(RequestRenewal command, PolicyCatalog policies) {
        HeldCertification certification = certification(command.certificationId());
        if (certification.hasEnded()) {
            throw new InvalidState("certification " + command.certificationId() + " is " + certification.status()
                    + ": apply for a new certification instead");
        }
        requireGoodStanding();
        CertificationType renewsAs = certification.type().renewsAs();
        if (hasOpenApplicationFor(renewsAs)) {
            throw new RuleViolation(Refusal.DUPLICATE_APPLICATION,
                    memberId + " already has an open " + renewsAs + " application");
        }
        Policy policy = policies.inForceAt(now());
        ApplicationContent content = command.content();
        requireFitAndKnownCapabilities(renewsAs, content, policy);
        apply(new ApplicationSubmitted(memberId, command.applicationId(), renewsAs, content.offering(),
                content.capabilities(), content.focus(), content.community(), null, command.certificationId(),
                policy.version()));
        apply(new RenewalRequested(memberId, command.certificationId(), command.applicationId(), renewsAs,
                policy.version()));
    }

    @CommandHandler
    public Approval handle(ApproveApplication command, PolicyCatalog policies) {
        MemberApplication application = openApplication(command.applicationId());
        requireGoodStanding();
        Instant now = now();
        Policy policy = policies.inForceAt(now);
        List<Shortfall> missing = policy.unmetFor(application.type(), sizeBand, this::currentCount,
                application.content().capabilities(), application.content().focus());
        if (!missing.isEmpty()) {
            throw new RuleViolation(Refusal.REQUIREMENTS_NOT_MET,
                    "the requirements of policy " + policy.version() + " for " + application.type() + " in band "
                            + sizeBand + " are not met", missing);
        }
        return application.isRenewal()
                ? renew(application, command.comment(), policy, now)
                : grant(application, command.newCertificationId(), command.comment(), policy, now);
    }

    private Approval grant(MemberApplication application, String certificationId, String comment, Policy policy,
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

    /** Renewing before expiry continues from the old expiry; after it, from the approval, leaving the gap visible. */
    private Approval renew(MemberApplication application, String comment, Policy policy, Instant now) {
        HeldCertification certification = certification(application.renewalOf());
        if (certification.status() == CertificationStatus.REVOKED) {
            throw new InvalidState("certification " + certification.certificationId() + " was revoked");
        }
        Instant validFrom = certification.validUntil().isAfter(now) ? certification.validUntil() : now;
        Instant validUntil = policy.validUntil(validFrom);
        apply(new ApplicationApproved(memberId, application.applicationId(), certification.certificationId(),
                application.type(), comment, policy.version()));
        apply(new CertificationRenewed(memberId, certification.certificationId(), application.applicationId(),
                application.type(), certification.validUntil(), validFrom, validUntil, policy.version()));
        return new Approval(certification.certificationId(), validUntil);
    }

    @CommandHandler
    public void handle(RejectApplication command, PolicyCatalog policies) {
        openApplication(command.applicationId());
        apply(new ApplicationRejected(memberId, command.applicationId(), command.reason(),
                policies.inForceAt(now()).version()));
    }

    @CommandHandler
    public void handle(WithdrawApplication command) {
        openApplication(command.applicationId());
        apply(new ApplicationWithdrawn(memberId, command.applicationId(), command.reason()));
    }

    @CommandHandler
    public void handle(RevokeCertification command) {
        HeldCertification certification = certification(command.certificationId());
        if (certification.hasEnded()) {
            throw new InvalidState("certification " + command.certificationId() + " is already "
                    + certification.status());
        }
        apply(new CertificationRevoked(memberId, command.certificationId(), command.reason()));
    }

    @CommandHandler
    public Refused handle(RequestTransfer command) {
        certification(command.certificationId());
        return refuse(command.certificationId(), RefusedRequest.TRANSFER, command.toMemberId(), command.reason());
    }

    @CommandHandler
    public Refused handle(RequestWhiteLabelExtension command) {
        certification(command.certificationId());
        return refuse(command.certificationId(), RefusedRequest.WHITE_LABEL_EXTENSION, command.partnerMemberId(),
                null);
    }

    /** Suspension pauses nothing: the window of a suspended certification opens on time too. */
    @CommandHandler
    public void handle(OpenRenewalWindow command, PolicyCatalog policies) {
        HeldCertification certification = certification(command.certificationId());
        Policy policy = policyOf(certification, policies);
        if (certification.hasEnded() || certification.windowOpen()
                || now().isBefore(policy.renewalWindowOpens(certification.validUntil()))) {
            return;
        }
        apply(new RenewalWindowOpened(memberId, certification.certificationId(), certification.validUntil(),
                policy.version()));
    }

    /** Once per period and offset, and never for a certification renewed, revoked or expired meanwhile. */
    @CommandHandler
    public void handle(IssueRenewalReminder command, PolicyCatalog policies) {
        HeldCertification certification = certification(command.certificationId());
        Policy policy = policyOf(certification, policies);
        if (!policy.remindsAt(command.reminderOffset())) {
            return;
        }
        Instant moment = policy.reminderMoment(certification.validUntil(), command.reminderOffset());
        if (certification.owesReminder(command.reminderOffset(), moment, now())) {
            apply(new RenewalReminderDue(memberId, certification.certificationId(), certification.validUntil(),
                    command.reminderOffset(), moment, policy.version()));
        }
    }

    @CommandHandler
    public void handle(ExpireCertification command) {
        HeldCertification certification = certification(command.certificationId());
        if (certification.hasEnded() || now().isBefore(certification.validUntil())) {
            return;
        }
        apply(new CertificationExpired(memberId, certification.certificationId(), certification.validUntil()));
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

    private Refused refuse(String certificationId, RefusedRequest request, String requestedFor, String reason) {
        apply(new TransferRefused(memberId, certificationId, request, requestedFor, reason, NOT_TRANSFERABLE));
        return new Refused(Refusal.NOT_TRANSFERABLE, NOT_TRANSFERABLE);
    }

    /** The rules a certification was granted under decide its window; a legacy one follows the policy in force. */
    private Policy policyOf(HeldCertification certification, PolicyCatalog policies) {
        return Optional.ofNullable(certification.policyVersion()).flatMap(policies::version)
                .orElseGet(() -> policies.inForceAt(now()));
    }

    private void requireGoodStanding() {
        if (!goodStanding) {
            throw new RuleViolation(Refusal.NOT_A_MEMBER_IN_GOOD_STANDING, memberId + " is not in good standing");
        }
    }

    private void requireFitAndKnownCapabilities(CertificationType type, ApplicationContent content, Policy policy) {
        OfferingFit.misfit(type, content.offering()).ifPresent(misfit -> {
            throw new RuleViolation(Refusal.OFFERING_DOES_NOT_FIT_TYPE, misfit);
        });
        for (int i = 0; i < content.capabilities().size(); i++) {
            CapabilityClaim claim = content.capabilities().get(i);
            if (!policy.knowsCapability(type, claim.capabilityId())) {
                throw new InvalidInput("capabilities[" + i + "].capabilityId", "unknown capability '"
                        + claim.capabilityId() + "' in policy " + policy.version());
            }
        }
    }

    private boolean hasOpenApplicationFor(CertificationType type) {
        return applications.values().stream().anyMatch(app -> app.isOpen() && app.type() == type);
    }

    private boolean holdsCertificationInForce(CertificationType type) {
        Instant now = now();
        return certifications.values().stream()
                .anyMatch(held -> held.type().renewsAs() == type && held.isInForceAt(now));
    }

    private int currentCount(Collection<IndividualCertificationType> types) {
        LocalDate today = now().atZone(ZoneOffset.UTC).toLocalDate();
        return (int) credentials.values().stream()
                .filter(credential -> types.contains(credential.type()) && credential.isCurrentOn(today))
                .count();
    }

    private MemberApplication openApplication(String applicationId) {
        MemberApplication application = applications.get(applicationId);
        if (application == null) {
            throw new UnknownEntity("no application " + applicationId + " of " + memberId);
        }
        if (!application.isOpen()) {
            throw new InvalidState("application " + applicationId + " is already " + application.status());
        }
        return application;
    }

    private HeldCertification certification(String certificationId) {
        HeldCertification certification = certifications.get(certificationId);
        if (certification == null) {
            throw new UnknownEntity("no certification " + certificationId + " of " + memberId);
        }
        return certification;
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
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
        credentials.put(event.credentialId(), new Credential(event.credentialId(), event.personId(), event.type(),
                event.issuedOn(), event.expiresOn()));
    }

    @EventSourcingHandler
    void on(IndividualCertificationWithdrawn event) {
        credentials.remove(event.credentialId());
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        ApplicationContent content = new ApplicationContent(event.offering(), event.capabilities(), event.focus(),
                event.community());
        applications.put(event.applicationId(), new MemberApplication(event.applicationId(), event.type(),
                ApplicationStatus.SUBMITTED, content, event.renewalOfCertificationId()));
    }

    @EventSourcingHandler
    void on(ApplicationApproved event) {
        applications.computeIfPresent(event.applicationId(), (id, app) -> app.withStatus(ApplicationStatus.APPROVED));
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        applications.computeIfPresent(event.applicationId(), (id, app) -> app.withStatus(ApplicationStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn event) {
        applications.computeIfPresent(event.applicationId(), (id, app) -> app.withStatus(ApplicationStatus.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(CertificationGranted event) {
        certifications.put(event.certificationId(), HeldCertification.granted(event.certificationId(), event.type(),
                event.grantedOn(), event.validUntil(), event.policyVersion()));
    }

    @EventSourcingHandler
    void on(LegacyCertificationImported event) {
        certifications.put(event.certificationId(), HeldCertification.granted(event.certificationId(),
                event.legacyType(), event.grantedOn(), event.validUntil(), null));
    }

    @EventSourcingHandler
    void on(CertificationRenewed event) {
        certifications.computeIfPresent(event.certificationId(),
                (id, held) -> held.renewed(event.type(), event.validFrom(), event.validUntil(), event.policyVersion()));
    }

    @EventSourcingHandler
    void on(RenewalWindowOpened event) {
        certifications.computeIfPresent(event.certificationId(), (id, held) -> held.withWindowOpen());
    }

    @EventSourcingHandler
    void on(RenewalReminderDue event) {
        certifications.computeIfPresent(event.certificationId(),
                (id, held) -> held.withReminderIssued(event.reminderOffset()));
    }

    @EventSourcingHandler
    void on(CertificationExpired event) {
        updateStatus(event.certificationId(), CertificationStatus.EXPIRED);
    }

    @EventSourcingHandler
    void on(CertificationSuspended event) {
        updateStatus(event.certificationId(), CertificationStatus.SUSPENDED);
    }

    @EventSourcingHandler
    void on(CertificationReinstated event) {
        certifications.computeIfPresent(event.certificationId(),
                (id, held) -> held.withStatus(held.statusWhenReinstated()));
    }

    @EventSourcingHandler
    void on(CertificationRevoked event) {
        updateStatus(event.certificationId(), CertificationStatus.REVOKED);
    }

    private void updateStatus(String certificationId, CertificationStatus status) {
        certifications.computeIfPresent(certificationId, (id, held) -> held.withStatus(status));
    }
}
