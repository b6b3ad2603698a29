package org.finops.certification.support.security;

import org.finops.certification.tokens.ClaimPaths;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;


/** The role rules of the contract: staff decide, auditors read, a member acts only for its own organisation. */
@Component
public class Access {
    private final ClaimPaths claims;

    public Access(TokenSettings tokens) {
        this.claims = tokens.claims();
    }

    public Caller caller() {
        if (!(SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof Jwt jwt)) {
            throw new AccessDeniedException("no bearer token");
        }
        return new Caller(jwt.getSubject(), claims.rolesIn(jwt.getClaims()), claims.orgIn(jwt.getClaims()));
    }

    public Caller staff() {
        Caller caller = caller();
        if (!caller.isStaff()) {
            throw new AccessDeniedException("only certification staff may do this");
        }
        return caller;
    }

    public Caller staffOrMember(String memberId) {
        Caller caller = caller();
        if (!caller.isStaff() && !caller.actsFor(memberId)) {
            throw new AccessDeniedException("only staff or the member itself may do this");
        }
        return caller;
    }

    /** Staff and auditors read everything. */
    public Caller reader() {
        Caller caller = caller();
        if (!caller.isStaff() && !caller.isAuditor()) {
            throw new AccessDeniedException("only staff and auditors may read this");
        }
        return caller;
    }

    /** Staff and auditors read any member's data; a member only its own. */
    public Caller readerOf(String memberId) {
        Caller caller = caller();
        if (!caller.isStaff() && !caller.isAuditor() && !caller.actsFor(memberId)) {
            throw new AccessDeniedException("a member may only read its own data");
        }
        return caller;
    }

    /** Anyone with a role may ask (and be refused), but a member only about its own certifications. */
    public Caller anyRoleAbout(String memberId) {
        Caller caller = caller();
        if (!caller.isStaff() && !caller.isAuditor() && !caller.actsFor(memberId)) {
            throw new AccessDeniedException("a member may only act for its own organisation");
        }
        return caller;
    }
}
