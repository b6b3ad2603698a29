package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.finops.certification.support.web.InvalidRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.finops.certification.command.member.ImportLegacyCertification;
import org.finops.certification.command.infrastructure.Owners;
import org.finops.certification.command.member.RequestRenewal;
import org.finops.certification.command.member.RequestTransfer;
import org.finops.certification.command.member.RequestWhiteLabelExtension;
import org.finops.certification.command.member.RevokeCertification;
import org.finops.certification.command.rules.Refused;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.security.Caller;
import org.finops.certification.events.CertificationType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1")
class CertificationController {
    private final Decisions decisions;
    private final Access access;
    private final Owners owners;
    private final RecordedRefusals refusals;

    CertificationController(Decisions decisions, Access access, Owners owners, RecordedRefusals refusals) {
        this.decisions = decisions;
        this.access = access;
        this.owners = owners;
        this.refusals = refusals;
    }

    @Operation(summary = "Request the renewal of a certification: a review under the policy in force")
    @ApiResponse(responseCode = "201", description = "the renewal review is open: {applicationId, certificationId}")
    @ApiResponse(responseCode = "422", description = "NOT_A_MEMBER_IN_GOOD_STANDING, DUPLICATE_APPLICATION or "
            + "OFFERING_DOES_NOT_FIT_TYPE")
    @PostMapping("/certifications/{certificationId}/renewals")
    ResponseEntity<Map<String, Object>> requestRenewal(@PathVariable String certificationId,
                                                       @Valid @RequestBody Requests.Renewal body) {
        String memberId = ownerOf(certificationId);
        Caller caller = access.staffOrMember(memberId);
        String applicationId = UUID.randomUUID().toString();
        var decided = decisions.decide(memberId, new RequestRenewal(memberId, certificationId, applicationId,
                body.content()), caller, null);
        return Answers.created("/api/v1/applications/" + applicationId, decided.position(),
                Map.of("applicationId", applicationId, "certificationId", certificationId));
    }

    @Operation(summary = "Revoke a certification with a reason")
    @PostMapping("/certifications/{certificationId}/revoke")
    ResponseEntity<Map<String, Object>> revoke(@PathVariable String certificationId,
                                               @Valid @RequestBody Requests.RequiredReason body) {
        Caller staff = access.staff();
        String memberId = ownerOf(certificationId);
        var decided = decisions.decide(memberId, new RevokeCertification(memberId, certificationId, body.reason()),
                staff, body.reason());
        return Answers.ok(decided.position(), Map.of("certificationId", certificationId, "status", "REVOKED"));
    }

    @Operation(summary = "Ask to transfer a certification to another organisation: always refused, and the refusal "
            + "recorded")
    @ApiResponse(responseCode = "422", description = "NOT_TRANSFERABLE, always")
    @PostMapping("/certifications/{certificationId}/transfer")
    ResponseEntity<ProblemDetail> transfer(@PathVariable String certificationId,
                                           @Valid @RequestBody Requests.Transfer body, HttpServletRequest request) {
        String memberId = ownerOf(certificationId);
        Caller caller = access.anyRoleAbout(memberId);
        var decided = decisions.<Refused>decide(memberId,
                new RequestTransfer(memberId, certificationId, body.toMemberId(), body.reason()), caller,
                body.reason());
        return refusals.answer(request, decided.result(), decided.position());
    }

    @Operation(summary = "Ask to extend a certification to a white-label partner: always refused, and the refusal "
            + "recorded")
    @ApiResponse(responseCode = "422", description = "NOT_TRANSFERABLE, always")
    @PostMapping("/certifications/{certificationId}/white-label-partners")
    ResponseEntity<ProblemDetail> extendToWhiteLabelPartner(@PathVariable String certificationId,
                                                            @Valid @RequestBody Requests.WhiteLabelPartner body,
                                                            HttpServletRequest request) {
        String memberId = ownerOf(certificationId);
        Caller caller = access.anyRoleAbout(memberId);
        var decided = decisions.<Refused>decide(memberId,
                new RequestWhiteLabelExtension(memberId, certificationId, body.partnerMemberId()), caller, null);
        return refusals.answer(request, decided.result(), decided.position());
    }

    @Operation(summary = "Import a certification granted under the old criteria (valid until its expiry, renews as "
            + "PLATFORM)")
    @ApiResponse(responseCode = "201", description = "the legacy certification is imported: {certificationId}")
    @PostMapping("/legacy-certifications")
    ResponseEntity<Map<String, Object>> importLegacy(@Valid @RequestBody Requests.LegacyCertification body) {
        Caller staff = access.staff();
        if (!body.expiresOn().isAfter(body.grantedOn())) {
            throw new InvalidRequest("expiresOn", "must be after grantedOn");
        }
        String certificationId = UUID.randomUUID().toString();
        var decided = decisions.decide(body.memberId(), new ImportLegacyCertification(body.memberId(),
                certificationId, CertificationType.valueOf(body.legacyType().name()),
                body.grantedOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
                body.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant(), body.externalReference()), staff, null);
        return Answers.created("/api/v1/certifications/" + certificationId, decided.position(),
                Map.of("certificationId", certificationId));
    }

    private String ownerOf(String certificationId) {
        return owners.ofCertification(certificationId)
                .orElseThrow(() -> new UnknownEntity("no certification " + certificationId));
    }
}
