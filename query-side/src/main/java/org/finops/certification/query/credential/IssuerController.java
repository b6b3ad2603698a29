package org.finops.certification.query.credential;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.finops.certification.events.CertificationType;
import org.finops.certification.support.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.Map;

/**
 * What anyone needs to verify a credential without asking the foundation: the issuer's keys (JWKS and did:web
 * document), the status lists, signed like the credentials, and the copies of the contexts the credentials use.
 */
@RestController
@SecurityRequirements
class IssuerController {
    private static final JsonMapper JSON = CredentialJson.MAPPER;

    private final Issuer issuer;
    private final IssuerKeys keys;
    private final StatusLists statusLists;
    private final Credentials credentials;
    private final OpenBadges badges;

    IssuerController(Issuer issuer, IssuerKeys keys, StatusLists statusLists, Credentials credentials,
                     OpenBadges badges) {
        this.issuer = issuer;
        this.keys = keys;
        this.statusLists = statusLists;
        this.credentials = credentials;
        this.badges = badges;
    }

    @Operation(summary = "The issuer's public keys (JWK set); each kid is a verification method of the issuer")
    @GetMapping(path = "/.well-known/jwks.json", produces = "application/json")
    Map<String, Object> jwks() {
        return keys.published().toJSONObject(true);
    }

    @Operation(summary = "The issuer's did:web document: its Ed25519 keys as Multikey, its RSA keys as JsonWebKey")
    @GetMapping(path = "/.well-known/did.json", produces = "application/json")
    ObjectNode did() {
        ObjectNode document = JSON.createObjectNode();
        document.putArray("@context").add("https://www.w3.org/ns/did/v1")
                .add("https://w3id.org/security/multikey/v1").add("https://w3id.org/security/jwk/v1");
        document.put("id", issuer.id());
        ArrayNode methods = document.putArray("verificationMethod");
        ArrayNode assertion = document.putArray("assertionMethod");
        keys.allEd25519().forEach(key -> {
            ObjectNode method = methods.addObject();
            method.put("id", key.keyId());
            method.put("type", "Multikey");
            method.put("controller", issuer.id());
            method.put("publicKeyMultibase", key.publicKeyMultibase());
            assertion.add(key.keyId());
        });
        keys.published().getKeys().stream().filter(key -> key.getKeyType().getValue().equals("RSA")).forEach(key -> {
            ObjectNode method = methods.addObject();
            method.put("id", key.getKeyID());
            method.put("type", "JsonWebKey");
            method.put("controller", issuer.id());
            method.set("publicKeyJwk", JSON.valueToTree(key.toPublicJWK().toJSONObject()));
            assertion.add(key.getKeyID());
        });
        return document;
    }

    @Operation(summary = "A Bitstring Status List credential (revocation or suspension): with a Data Integrity"
            + " proof by default, as a VC-JWT for Accept: application/vc+jwt")
    @ApiResponse(responseCode = "200", description = "the status list credential", content = {
            @Content(mediaType = "application/json"), @Content(mediaType = CredentialController.VC_JWT)})
    @GetMapping(path = "/credentials/status/{purpose}/{listId}",
            produces = {"application/json", CredentialController.VC_JWT})
    ResponseEntity<Object> statusList(@PathVariable String purpose, @PathVariable String listId,
            @RequestHeader(name = "Accept", defaultValue = "application/json") String accept) {
        return CredentialController.secured(unsignedList(purpose, listId), accept, credentials);
    }

    @Operation(summary = "An achievement the credentials name: what a type of certification attests")
    @GetMapping(path = "/credentials/achievements/{type}", produces = "application/json")
    ObjectNode achievement(@PathVariable String type) {
        return Arrays.stream(CertificationType.values()).filter(known -> known.name().toLowerCase().equals(type))
                .findFirst().map(badges::achievement)
                .orElseThrow(() -> new NotFound("no achievement " + type));
    }

    @Operation(summary = "The pinned copy of a JSON-LD context the credentials use")
    @GetMapping("/credentials/contexts/{file}")
    ResponseEntity<byte[]> context(@PathVariable String file) {
        byte[] copy = PinnedContexts.file(file);
        if (copy == null) {
            throw new NotFound("no context " + file);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json")).body(copy);
    }

    private ObjectNode unsignedList(String purpose, String listId) {
        StatusPurpose statusPurpose = StatusPurpose.of(purpose)
                .orElseThrow(() -> new NotFound("no status purpose " + purpose + " (revocation, suspension)"));
        return statusLists.list(listId)
                .map(list -> statusLists.credential(statusPurpose, list))
                .orElseThrow(() -> new NotFound("no " + purpose + " list " + listId));
    }
}
