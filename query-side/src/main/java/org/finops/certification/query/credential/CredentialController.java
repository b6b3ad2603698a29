package org.finops.certification.query.credential;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** A certification's verifiable credential, for its member and for staff, in the form the caller accepts. */
@RestController
class CredentialController {
    static final String VC_JWT = "application/vc+jwt";

    private final OpenBadges badges;
    private final Credentials credentials;
    private final Access access;

    CredentialController(OpenBadges badges, Credentials credentials, Access access) {
        this.badges = badges;
        this.credentials = credentials;
        this.access = access;
    }

    @Operation(summary = "The certification as an Open Badges 3.0 credential with an embedded Data Integrity proof"
            + " (eddsa-rdfc-2022); Accept: application/vc+jwt answers the VC-JWT (RS256) instead")
    @GetMapping(path = "/api/v1/certifications/{certificationId}/credential", produces = "application/json")
    ObjectNode withProof(@PathVariable String certificationId) {
        return credentials.withProof(credential(certificationId));
    }

    @Operation(summary = "The certification's credential as a VC-JWT (RS256), the form Open Badges 3.0 specifies")
    @GetMapping(path = "/api/v1/certifications/{certificationId}/credential", produces = VC_JWT)
    String asJwt(@PathVariable String certificationId) {
        return credentials.asJwt(credential(certificationId));
    }

    private ObjectNode credential(String certificationId) {
        OpenBadges.Certified certified = badges.certified(certificationId)
                .orElseThrow(() -> new NotFound("no certification " + certificationId));
        access.readerOf(certified.memberId());
        return credentials.of(certified).orElseThrow(() -> new NotFound("no status list entry for certification "
                + certificationId + " yet"));
    }
}
