package org.finops.certification.query.credential;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.NotFound;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
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

    @Operation(summary = "The certification as an Open Badges 3.0 credential: with an embedded Data Integrity proof"
            + " (eddsa-rdfc-2022) by default, as a VC-JWT (RS256) for Accept: application/vc+jwt")
    @ApiResponse(responseCode = "200", description = "the credential", content = {
            @Content(mediaType = "application/json"), @Content(mediaType = VC_JWT)})
    @GetMapping(path = ApiPaths.CERTIFICATIONS + "/{certificationId}/credential", produces = {"application/json", VC_JWT})
    ResponseEntity<Object> credential(@PathVariable String certificationId,
            @RequestHeader(name = "Accept", defaultValue = "application/json") String accept) {
        return secured(credential(certificationId), accept, credentials);
    }

    /** The credential in the form the caller accepts: the VC-JWT when it asks for one, else the proof inside. */
    static ResponseEntity<Object> secured(ObjectNode credential, String accept, Credentials credentials) {
        if (accept.contains(VC_JWT)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(VC_JWT))
                    .body(credentials.asJwt(credential));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(credentials.withProof(credential));
    }

    private ObjectNode credential(String certificationId) {
        OpenBadges.Certified certified = badges.certified(certificationId)
                .orElseThrow(() -> new NotFound("no certification " + certificationId));
        access.readerOf(certified.memberId());
        return credentials.of(certified).orElseThrow(() -> new NotFound("no status list entry for certification "
                + certificationId + " yet"));
    }
}
