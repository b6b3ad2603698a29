package org.finops.certification.query.credential;

import org.finops.certification.query.views.ViewGenerations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Issues the credentials: a certification's {@code OpenBadgeCredential} or a status list, either with an
 * embedded {@code DataIntegrityProof} (eddsa-rdfc-2022, under the issuer's first Ed25519 key) or as a VC-JWT.
 */
@Component
public class Credentials {
    private static final JsonMapper JSON = CredentialJson.MAPPER;

    private final OpenBadges badges;
    private final ViewGenerations generations;
    private final IssuerKeys keys;
    private final VcJwt jwt;
    private final EddsaRdfc2022 dataIntegrity = new EddsaRdfc2022();

    public Credentials(OpenBadges badges, ViewGenerations generations, IssuerKeys keys,
                       VcJwt jwt) {
        this.badges = badges;
        this.generations = generations;
        this.keys = keys;
        this.jwt = jwt;
    }

    /** The certification's credential, unsigned; empty while the certification or its status index is unknown. */
    public Optional<ObjectNode> of(OpenBadges.Certified certified) {
        return StatusIndexes.of(certified.certificationId(), generations.active())
                .map(place -> badges.credential(certified, place));
    }

    public ObjectNode withProof(ObjectNode credential) {
        ObjectNode proof = JSON.createObjectNode();
        proof.put("type", "DataIntegrityProof");
        proof.put("cryptosuite", EddsaRdfc2022.CRYPTOSUITE);
        proof.put("created", credential.path("validFrom").asString());
        proof.put("verificationMethod", keys.signingEd25519().keyId());
        proof.put("proofPurpose", "assertionMethod");
        return dataIntegrity.sign(credential, proof, keys.signingEd25519());
    }

    public String asJwt(ObjectNode credential) {
        return jwt.sign(credential);
    }
}
