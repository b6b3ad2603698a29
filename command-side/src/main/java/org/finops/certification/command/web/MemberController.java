package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.finops.certification.command.member.ChangeMemberSizeBand;
import org.finops.certification.command.member.ChangeMemberStanding;
import org.finops.certification.command.member.RegisterMember;
import org.finops.certification.command.member.credential.RecordIndividualCertification;
import org.finops.certification.command.member.credential.WithdrawIndividualCertification;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.contract.Replies;
import org.finops.certification.contract.Requests;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ApiPaths.MEMBERS)
class MemberController {
    private static final String MEMBERS = "/api/v1/members/";

    private final CommandCalls calls;
    private final Access access;

    MemberController(CommandCalls calls, Access access) {
        this.calls = calls;
        this.access = access;
    }

    @Operation(summary = "Register a member organisation")
    @Answered(status = 201, value = "the member is registered", body = Replies.MemberRegistered.class)
    @PostMapping
    ResponseEntity<byte[]> register(@Valid @RequestBody Requests.RegisterMember body, HttpServletRequest request) {
        return calls.execute(request, new RegisterMember(body.memberId(), body.legalName(), body.sizeBand(),
                        body.goodStanding(), body.contactEmail()), access.staff(), null,
                done -> calls.created(MEMBERS + body.memberId(), done.position(),
                        new Replies.MemberRegistered(body.memberId())));
    }

    @Operation(summary = "Change a member's good standing (losing it suspends its certifications, regaining it lifts "
            + "the suspension)")
    @Answered(value = "the standing is as asked", body = Replies.StandingChanged.class)
    @PutMapping("/{memberId}/standing")
    ResponseEntity<byte[]> standing(@PathVariable String memberId, @Valid @RequestBody Requests.ChangeStanding body,
                                    HttpServletRequest request) {
        return calls.execute(request, new ChangeMemberStanding(memberId, body.goodStanding(), body.reason()),
                access.staff(), body.reason(),
                done -> calls.ok(done.position(), new Replies.StandingChanged(memberId, body.goodStanding())));
    }

    @Operation(summary = "Change a member's company-size band (the parent organisation's size)")
    @Answered(value = "the size band is as asked", body = Replies.SizeBandChanged.class)
    @PutMapping("/{memberId}/size-band")
    ResponseEntity<byte[]> sizeBand(@PathVariable String memberId, @Valid @RequestBody Requests.ChangeSizeBand body,
                                    HttpServletRequest request) {
        return calls.execute(request, new ChangeMemberSizeBand(memberId, body.sizeBand(), body.reason()),
                access.staff(), body.reason(),
                done -> calls.ok(done.position(), new Replies.SizeBandChanged(memberId, body.sizeBand().code())));
    }

    @Operation(summary = "Record an individual certification held by a person working at the member")
    @Answered(status = 201, value = "the individual certification is recorded", body = Replies.Credential.class)
    @ApiResponse(responseCode = "422", description = "DUPLICATE_CREDENTIAL: the credential id is recorded already, "
            + "here or for another organisation")
    @PostMapping("/{memberId}/individual-certifications")
    ResponseEntity<byte[]> recordCredential(@PathVariable String memberId,
                                            @Valid @RequestBody Requests.RecordCredential body,
                                            HttpServletRequest request) {
        var caller = access.staffOrMember(memberId);
        body.expiryProblem().ifPresent(problem -> {
            throw new InvalidRequest("expiresOn", problem);
        });
        return calls.execute(request, new RecordIndividualCertification(memberId, body.credentialId(),
                        body.personId(), body.type(), body.issuedOn(), body.expiresOn()), caller, null,
                done -> calls.created(MEMBERS + memberId + "/individual-certifications/" + body.credentialId(),
                        done.position(), new Replies.Credential(memberId, body.credentialId())));
    }

    @Operation(summary = "Withdraw an individual certification from the member's count (the person left, it lapsed "
            + "or was revoked)")
    @Answered(value = "the individual certification no longer counts", body = Replies.Credential.class)
    @DeleteMapping("/{memberId}/individual-certifications/{credentialId}")
    ResponseEntity<byte[]> withdrawCredential(@PathVariable String memberId, @PathVariable String credentialId,
                                              @RequestParam(required = false) String reason,
                                              @Valid @RequestBody(required = false) Requests.Reason body,
                                              HttpServletRequest request) {
        var caller = access.staffOrMember(memberId);
        String why = body != null && body.reason() != null ? body.reason() : reason;
        if (why == null || why.isBlank()) {
            throw new InvalidRequest("reason", "is required, in the body or as ?reason=");
        }
        return calls.execute(request, new WithdrawIndividualCertification(memberId, credentialId, why), caller, why,
                done -> calls.ok(done.position(), new Replies.Credential(memberId, credentialId)));
    }
}
