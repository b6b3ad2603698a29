package org.finops.certification.query.member;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.HeldCredential;
import org.finops.certification.support.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping(ApiPaths.MEMBERS)
class MemberController {
    private final ViewGenerations generations;
    private final Access access;
    private final MemberQueries members;
    private final MemberHoldings holdings;

    MemberController(ViewGenerations generations, Access access, MemberQueries members, MemberHoldings holdings) {
        this.generations = generations;
        this.access = access;
        this.members = members;
        this.holdings = holdings;
    }

    @Operation(summary = "Members whose name or id contains q (any case), by name: staff and auditors")
    @GetMapping
    Page<MemberView> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        access.reader();
        Page.check(page, size);
        return members.search(generations.active(), q, page, size);
    }

    @Operation(summary = "A member: its name, size band and standing (a member reads its own)")
    @GetMapping("/{memberId}")
    MemberView one(@PathVariable String memberId) {
        access.readerOf(memberId);
        return members.one(generations.active(), memberId);
    }

    @Operation(summary = "The individual certifications recorded for a member's people, each saying whether it"
            + " counts today (a member reads its own)")
    @GetMapping("/{memberId}/individual-certifications")
    Holdings held(@PathVariable String memberId) {
        access.readerOf(memberId);
        ViewStore views = generations.active();
        members.one(views, memberId);
        LocalDate today = holdings.today();
        return new Holdings(memberId, holdings.held(views, memberId).stream()
                .map(credential -> new Held(credential, credential.isCurrentOn(today))).toList());
    }

    record Holdings(String memberId, List<Held> items) {
    }

    record Held(String credentialId, String personId, String type, LocalDate issuedOn, LocalDate expiresOn,
                boolean countsToday) {
        Held(HeldCredential credential, boolean countsToday) {
            this(credential.credentialId(), credential.personId(), credential.type().name(), credential.issuedOn(),
                    credential.expiresOn(), countsToday);
        }
    }
}
