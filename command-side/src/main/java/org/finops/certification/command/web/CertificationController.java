package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.finops.certification.command.execution.Answer;
import org.finops.certification.command.infrastructure.Owners;
import org.finops.certification.command.member.certification.ImportLegacyCertification;
import org.finops.certification.command.member.certification.RequestRenewal;
import org.finops.certification.command.member.certification.RequestTransfer;
import org.finops.certification.command.member.certification.RequestWhiteLabelExtension;
import org.finops.certification.command.member.certification.RevokeCertification;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.contract.Replies;
import org.finops.certification.contract.Requests;
import org.finops.certification.events.CertificationType;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneOffset;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
class CertificationController {
    private final CommandCalls calls;
    private final Access access;
    private final Owners owners;

    CertificationController(CommandCalls calls, Access access, Owners owners) {
        this.calls = calls;
        this.access = access;
        this.owners = owners;
    }

    @Operation(summary = "Request the renewal of a certification: a review under the policy in force")
    @Answered(status = 201, value = "the renewal review is open", body = Replies.RenewalRequested.class)
    @ApiResponse(responseCode = "422", description = "NOT_A_MEMBER_IN_GOOD_STANDING, DUPLICATE_APPLICATION or "
            + "OFFERING_DOES_NOT_FIT_TYPE")
    @PostMapping("/certifications/{certificationId}/renewals")
    ResponseEntity<byte[]> requestRenewal(@PathVariable String certificationId,
                                          @Valid @RequestBody Requests.Renewal body, HttpServletRequest request) {
        String memberId = ownerOf(certificationId);
        var caller = access.staffOrMember(memberId);
        String applicationId = UUID.randomUUID().toString();
        return calls.execute(request, new RequestRenewal(memberId, certificationId, applicationId, Contents.of(body)),
                caller, null, done -> calls.created("/api/v1/applications/" + applicationId, done.position(),
                        new Replies.RenewalRequested(applicationId, certificationId)));
    }

    @Operation(summary = "Revoke a certification with a reason")
    @Answered(value = "the certification is revoked", body = Replies.CertificationRevoked.class)
    @PostMapping("/certifications/{certificationId}/revoke")
    ResponseEntity<byte[]> revoke(@PathVariable String certificationId,
                                  @Valid @RequestBody Requests.RequiredReason body, HttpServletRequest request) {
        var staff = access.staff();
        String memberId = ownerOf(certificationId);
        return calls.execute(request, new RevokeCertification(memberId, certificationId, body.reason()), staff,
                body.reason(), done -> calls.ok(done.position(),
                        new Replies.CertificationRevoked(certificationId, "REVOKED")));
    }

    @Operation(summary = "Ask to transfer a certification to another organisation: always refused, and the refusal "
            + "recorded")
    @ApiResponse(responseCode = "422", description = "NOT_TRANSFERABLE, always")
    @PostMapping("/certifications/{certificationId}/transfer")
    ResponseEntity<byte[]> transfer(@PathVariable String certificationId,
                                    @Valid @RequestBody Requests.Transfer body, HttpServletRequest request) {
        String memberId = ownerOf(certificationId);
        var caller = access.anyRoleAbout(memberId);
        return calls.execute(request, new RequestTransfer(memberId, certificationId, body.toMemberId(),
                body.reason()), caller, body.reason(), CertificationController::neverAccepted);
    }

    @Operation(summary = "Ask to extend a certification to a white-label partner: always refused, and the refusal "
            + "recorded")
    @ApiResponse(responseCode = "422", description = "NOT_TRANSFERABLE, always")
    @PostMapping("/certifications/{certificationId}/white-label-partners")
    ResponseEntity<byte[]> extendToWhiteLabelPartner(@PathVariable String certificationId,
                                                     @Valid @RequestBody Requests.WhiteLabelPartner body,
                                                     HttpServletRequest request) {
        String memberId = ownerOf(certificationId);
        var caller = access.anyRoleAbout(memberId);
        return calls.execute(request, new RequestWhiteLabelExtension(memberId, certificationId,
                body.partnerMemberId()), caller, null, CertificationController::neverAccepted);
    }

    @Operation(summary = "Import a certification granted under the old criteria (valid until its expiry, renews as "
            + "PLATFORM)")
    @Answered(status = 201, value = "the legacy certification is imported",
            body = Replies.LegacyCertificationImported.class)
    @PostMapping("/legacy-certifications")
    ResponseEntity<byte[]> importLegacy(@Valid @RequestBody Requests.LegacyCertification body,
                                        HttpServletRequest request) {
        var staff = access.staff();
        if (!body.expiresOn().isAfter(body.grantedOn())) {
            throw new InvalidRequest("expiresOn", "must be after grantedOn");
        }
        String certificationId = UUID.randomUUID().toString();
        return calls.execute(request, new ImportLegacyCertification(body.memberId(), certificationId,
                        CertificationType.valueOf(body.legacyType().name()),
                        body.grantedOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        body.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant(), body.externalReference()), staff,
                null, done -> calls.created("/api/v1/certifications/" + certificationId, done.position(),
                        new Replies.LegacyCertificationImported(certificationId)));
    }

    /** A transfer or a white-label extension is refused by the member, always: an acceptance would be a bug. */
    private static Answer neverAccepted(Object accepted) {
        throw new IllegalStateException("a certification cannot be transferred, yet the member accepted it");
    }

    private String ownerOf(String certificationId) {
        return owners.ofCertification(certificationId)
                .orElseThrow(() -> new UnknownEntity("no certification " + certificationId));
    }
}
