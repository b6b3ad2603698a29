package org.finops.certification.query.credential;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.support.web.InvalidRequest;
import org.finops.certification.support.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Verification for anyone: a credential presented in either form, or the current credential of a certification
 * named in the public directory (what its public page shows).
 */
@RestController
@SecurityRequirements
class VerificationController {
    private final Verifier verifier;
    private final OpenBadges badges;
    private final Credentials credentials;

    VerificationController(Verifier verifier, OpenBadges badges, Credentials credentials) {
        this.verifier = verifier;
        this.badges = badges;
        this.credentials = credentials;
    }

    @Operation(summary = "Verify a credential: a secured JSON credential (Data Integrity proof), or a VC-JWT as a"
            + " JSON string; answers valid and each check (signature, issuer, validityPeriod, revocation, suspension)")
    @PostMapping(path = ApiPaths.VERIFICATIONS, consumes = "application/json")
    Verification verify(@RequestBody JsonNode presented) {
        if (presented.isString()) {
            return jwt(presented.asString());
        }
        if (presented instanceof ObjectNode secured && secured.has("proof")) {
            return verifier.verifyDataIntegrity(secured);
        }
        throw new InvalidRequest("$", "must be a credential with an embedded proof, or a VC-JWT as a JSON string");
    }

    @Operation(summary = "Verify a VC-JWT sent as it is (Content-Type: application/vc+jwt)")
    @PostMapping(path = ApiPaths.VERIFICATIONS, consumes = CredentialController.VC_JWT)
    Verification verifyJwt(@RequestBody String compact) {
        return jwt(compact);
    }

    @Operation(summary = "Verify the current credential of a certification: what its public page shows")
    @GetMapping(ApiPaths.VERIFICATIONS + "/certifications/{certificationId}")
    Verification ofCertification(@PathVariable String certificationId) {
        return badges.certified(certificationId).flatMap(credentials::of)
                .map(credential -> verifier.verifyDataIntegrity(credentials.withProof(credential)))
                .orElseThrow(() -> new NotFound("no certification " + certificationId));
    }

    private Verification jwt(String compact) {
        return verifier.verifyJwt(compact).orElseThrow(() -> new InvalidRequest("$",
                "is not a VC-JWT: a signed JWT whose vc claim holds the credential"));
    }
}
