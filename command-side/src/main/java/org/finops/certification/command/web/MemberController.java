package org.finops.certification.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.finops.certification.support.web.InvalidRequest;
import jakarta.validation.Valid;
import org.finops.certification.command.member.ChangeMemberSizeBand;
import org.finops.certification.command.member.ChangeMemberStanding;
import org.finops.certification.command.member.RecordIndividualCertification;
import org.finops.certification.command.member.RegisterMember;
import org.finops.certification.command.member.WithdrawIndividualCertification;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/api/v1/members")
class MemberController {
    private final Decisions decisions;
    private final Access access;

    MemberController(Decisions decisions, Access access) {
        this.decisions = decisions;
        this.access = access;
    }

    @Operation(summary = "Register a member organisation")
    @ApiResponse(responseCode = "201", description = "the member is registered: {memberId}")
    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody Requests.RegisterMember body) {
        Caller staff = access.staff();
        var decided = decisions.decide(body.memberId(), new RegisterMember(body.memberId(), body.legalName(),
                body.sizeBand(), body.goodStanding(), body.contactEmail()), staff, null);
        return Answers.created("/api/v1/members/" + body.memberId(), decided.position(),
                Map.of("memberId", body.memberId()));
    }

    @Operation(summary = "Change a member's good standing (losing it suspends its certifications, regaining it lifts "
            + "the suspension)")
    @PutMapping("/{memberId}/standing")
    ResponseEntity<Map<String, Object>> standing(@PathVariable String memberId,
                                                 @Valid @RequestBody Requests.ChangeStanding body) {
        Caller staff = access.staff();
        var decided = decisions.decide(memberId,
                new ChangeMemberStanding(memberId, body.goodStanding(), body.reason()), staff, body.reason());
        return Answers.ok(decided.position(), Map.of("memberId", memberId, "goodStanding", body.goodStanding()));
    }

    @Operation(summary = "Change a member's company-size band (the parent organisation's size)")
    @PutMapping("/{memberId}/size-band")
    ResponseEntity<Map<String, Object>> sizeBand(@PathVariable String memberId,
                                                 @Valid @RequestBody Requests.ChangeSizeBand body) {
        Caller staff = access.staff();
        var decided = decisions.decide(memberId, new ChangeMemberSizeBand(memberId, body.sizeBand(), body.reason()),
                staff, body.reason());
        return Answers.ok(decided.position(), Map.of("memberId", memberId, "sizeBand", body.sizeBand().code()));
    }

    @Operation(summary = "Record an individual certification held by a person working at the member")
    @ApiResponse(responseCode = "201", description = "the individual certification is recorded")
    @ApiResponse(responseCode = "422", description = "DUPLICATE_CREDENTIAL: the credential id is recorded already, "
            + "here or for another organisation")
    @PostMapping("/{memberId}/individual-certifications")
    ResponseEntity<Map<String, Object>> recordCredential(@PathVariable String memberId,
                                                         @Valid @RequestBody Requests.RecordCredential body) {
        Caller caller = access.staffOrMember(memberId);
        if (body.expiresOn() != null && body.expiresOn().isBefore(body.issuedOn())) {
            throw new InvalidRequest("expiresOn", "must not be before issuedOn");
        }
        var decided = decisions.decide(memberId, new RecordIndividualCertification(memberId, body.credentialId(),
                body.personId(), body.type(), body.issuedOn(), body.expiresOn()), caller, null);
        return Answers.created("/api/v1/members/" + memberId + "/individual-certifications/" + body.credentialId(),
                decided.position(), Map.of("memberId", memberId, "credentialId", body.credentialId()));
    }

    @Operation(summary = "Withdraw an individual certification from the member's count (the person left, it lapsed "
            + "or was revoked)")
    @DeleteMapping("/{memberId}/individual-certifications/{credentialId}")
    ResponseEntity<Map<String, Object>> withdrawCredential(@PathVariable String memberId,
                                                           @PathVariable String credentialId,
                                                           @RequestParam(required = false) String reason,
                                                           @Valid @RequestBody(required = false) Requests.Reason body) {
        Caller caller = access.staffOrMember(memberId);
        String why = body != null && body.reason() != null ? body.reason() : reason;
        if (why == null || why.isBlank()) {
            throw new InvalidRequest("reason", "is required, in the body or as ?reason=");
        }
        var decided = decisions.decide(memberId, new WithdrawIndividualCertification(memberId, credentialId, why),
                caller, why);
        return Answers.ok(decided.position(), Map.of("memberId", memberId, "credentialId", credentialId));
    }
}
