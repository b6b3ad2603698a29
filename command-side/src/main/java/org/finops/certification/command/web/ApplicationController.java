package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.finops.certification.command.member.Approval;
import org.finops.certification.command.member.ApproveApplication;
import org.finops.certification.command.infrastructure.Owners;
import org.finops.certification.command.member.RejectApplication;
import org.finops.certification.command.member.SubmitApplication;
import org.finops.certification.command.member.WithdrawApplication;
import org.finops.certification.command.rules.Refused;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.security.Caller;
import org.finops.certification.events.CertificationType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {
    private final Decisions decisions;
    private final Access access;
    private final Owners owners;
    private final RecordedRefusals refusals;

    ApplicationController(Decisions decisions, Access access, Owners owners, RecordedRefusals refusals) {
        this.decisions = decisions;
        this.access = access;
        this.owners = owners;
        this.refusals = refusals;
    }

    @Operation(summary = "Apply for a certification of one type")
    @ApiResponse(responseCode = "201", description = "the application is submitted: {applicationId}")
    @ApiResponse(responseCode = "422", description = "NOT_A_MEMBER_IN_GOOD_STANDING, DUPLICATE_APPLICATION, "
            + "ALREADY_CERTIFIED, OFFERING_DOES_NOT_FIT_TYPE, or NOT_TRANSFERABLE (it rests on another "
            + "organisation's certification)")
    @PostMapping
    ResponseEntity<?> submit(@Valid @RequestBody Requests.Application body, HttpServletRequest request) {
        Caller caller = access.staffOrMember(body.memberId());
        String applicationId = UUID.randomUUID().toString();
        var decided = decisions.<Object>decide(body.memberId(), new SubmitApplication(body.memberId(), applicationId,
                CertificationType.valueOf(body.type().name()), body.content(), body.basedOnCertificationId()),
                caller, null);
        if (decided.result() instanceof Refused refused) {
            return refusals.answer(request, refused, decided.position());
        }
        return Answers.created("/api/v1/applications/" + applicationId, decided.position(),
                Map.of("applicationId", applicationId));
    }

    @Operation(summary = "Approve an application: grants the certification for the policy's validity if every "
            + "requirement is met now")
    @ApiResponse(responseCode = "200", description = "the certification is granted: {certificationId, validUntil}")
    @ApiResponse(responseCode = "422", description = "REQUIREMENTS_NOT_MET (with missing) or "
            + "NOT_A_MEMBER_IN_GOOD_STANDING")
    @PostMapping("/{applicationId}/approve")
    ResponseEntity<Map<String, Object>> approve(@PathVariable String applicationId,
                                                @Valid @RequestBody(required = false) Requests.Comment body) {
        Caller staff = access.staff();
        String memberId = ownerOf(applicationId);
        String comment = body == null ? null : body.comment();
        var decided = decisions.<Approval>decide(memberId, new ApproveApplication(memberId, applicationId,
                UUID.randomUUID().toString(), comment), staff, comment);
        Approval approval = decided.result();
        return Answers.ok(decided.position(), Map.of("applicationId", applicationId,
                "certificationId", approval.certificationId(), "validUntil", approval.validUntil().toString()));
    }

    @Operation(summary = "Reject an application with a reason")
    @PostMapping("/{applicationId}/reject")
    ResponseEntity<Map<String, Object>> reject(@PathVariable String applicationId,
                                               @Valid @RequestBody Requests.RequiredReason body) {
        Caller staff = access.staff();
        String memberId = ownerOf(applicationId);
        var decided = decisions.decide(memberId, new RejectApplication(memberId, applicationId, body.reason()),
                staff, body.reason());
        return Answers.ok(decided.position(), Map.of("applicationId", applicationId, "status", "REJECTED"));
    }

    @Operation(summary = "Withdraw an open application")
    @PostMapping("/{applicationId}/withdraw")
    ResponseEntity<Map<String, Object>> withdraw(@PathVariable String applicationId,
                                                 @Valid @RequestBody(required = false) Requests.Reason body) {
        String memberId = ownerOf(applicationId);
        Caller caller = access.staffOrMember(memberId);
        String reason = body == null ? null : body.reason();
        var decided = decisions.decide(memberId, new WithdrawApplication(memberId, applicationId, reason), caller,
                reason);
        return Answers.ok(decided.position(), Map.of("applicationId", applicationId, "status", "WITHDRAWN"));
    }

    private String ownerOf(String applicationId) {
        return owners.ofApplication(applicationId)
                .orElseThrow(() -> new UnknownEntity("no application " + applicationId));
    }
}
