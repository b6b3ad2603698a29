package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.finops.certification.command.infrastructure.Owners;
import org.finops.certification.command.member.application.Approval;
import org.finops.certification.command.member.application.ApproveApplication;
import org.finops.certification.command.member.application.RejectApplication;
import org.finops.certification.command.member.application.SubmitApplication;
import org.finops.certification.command.member.application.WithdrawApplication;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Replies;
import org.finops.certification.contract.Requests;
import org.finops.certification.events.CertificationType;
import org.finops.certification.rules.ApplicationStatus;
import org.finops.certification.support.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping(ApiPaths.APPLICATIONS)
class ApplicationController {
    private final CommandCalls calls;
    private final Access access;
    private final Owners owners;

    ApplicationController(CommandCalls calls, Access access, Owners owners) {
        this.calls = calls;
        this.access = access;
        this.owners = owners;
    }

    @Operation(summary = "Apply for a certification of one type")
    @Answered(status = 201, value = "the application is submitted", body = Replies.ApplicationSubmitted.class)
    @ApiResponse(responseCode = "422", description = "NOT_A_MEMBER_IN_GOOD_STANDING, DUPLICATE_APPLICATION, "
            + "ALREADY_CERTIFIED, OFFERING_DOES_NOT_FIT_TYPE, or NOT_TRANSFERABLE (it rests on another "
            + "organisation's certification)")
    @PostMapping
    ResponseEntity<byte[]> submit(@Valid @RequestBody Requests.Application body, HttpServletRequest request) {
        var caller = access.staffOrMember(body.memberId());
        String applicationId = UUID.randomUUID().toString();
        return calls.execute(request, new SubmitApplication(body.memberId(), applicationId,
                        CertificationType.valueOf(body.type().name()), Contents.of(body), body.basedOnCertificationId()),
                caller, null, done -> calls.created("/api/v1/applications/" + applicationId, done.position(),
                        new Replies.ApplicationSubmitted(applicationId)));
    }

    @Operation(summary = "Approve an application: grants the certification for the policy's validity if every "
            + "requirement is met now")
    @Answered(value = "the certification is granted (or renewed)", body = Replies.ApplicationApproved.class)
    @ApiResponse(responseCode = "422", description = "REQUIREMENTS_NOT_MET (with missing) or "
            + "NOT_A_MEMBER_IN_GOOD_STANDING")
    @PostMapping("/{applicationId}/approve")
    ResponseEntity<byte[]> approve(@PathVariable String applicationId,
                                   @Valid @RequestBody(required = false) Requests.Comment body,
                                   HttpServletRequest request) {
        var staff = access.staff();
        String memberId = ownerOf(applicationId);
        String comment = body == null ? null : body.comment();
        return calls.<Approval>execute(request, new ApproveApplication(memberId, applicationId,
                        UUID.randomUUID().toString(), comment), staff, comment,
                done -> calls.ok(done.position(), new Replies.ApplicationApproved(applicationId,
                        done.result().certificationId(), done.result().validUntil())));
    }

    @Operation(summary = "Reject an application with a reason")
    @Answered(value = "the application is rejected", body = Replies.ApplicationClosed.class)
    @PostMapping("/{applicationId}/reject")
    ResponseEntity<byte[]> reject(@PathVariable String applicationId,
                                  @Valid @RequestBody Requests.RequiredReason body, HttpServletRequest request) {
        var staff = access.staff();
        String memberId = ownerOf(applicationId);
        return calls.execute(request, new RejectApplication(memberId, applicationId, body.reason()), staff,
                body.reason(), done -> calls.ok(done.position(),
                        new Replies.ApplicationClosed(applicationId, ApplicationStatus.REJECTED.name())));
    }

    @Operation(summary = "Withdraw an open application")
    @Answered(value = "the application is withdrawn", body = Replies.ApplicationClosed.class)
    @PostMapping("/{applicationId}/withdraw")
    ResponseEntity<byte[]> withdraw(@PathVariable String applicationId,
                                    @Valid @RequestBody(required = false) Requests.Reason body,
                                    HttpServletRequest request) {
        String memberId = ownerOf(applicationId);
        var caller = access.staffOrMember(memberId);
        String reason = body == null ? null : body.reason();
        return calls.execute(request, new WithdrawApplication(memberId, applicationId, reason), caller, reason,
                done -> calls.ok(done.position(), new Replies.ApplicationClosed(applicationId, ApplicationStatus.WITHDRAWN.name())));
    }

    private String ownerOf(String applicationId) {
        return owners.ofApplication(applicationId)
                .orElseThrow(() -> new UnknownEntity("no application " + applicationId));
    }
}
