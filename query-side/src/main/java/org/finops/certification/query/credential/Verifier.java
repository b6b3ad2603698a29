package org.finops.certification.query.credential;

import org.finops.certification.query.credential.Verification.Check;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a credential of this issuer in either form, as any verifier would (its keys as published, its status as
 * the lists publish it), and says which check failed and why instead of a bare yes or no.
 */
@Component
public class Verifier {
    private final Issuer issuer;
    private final IssuerKeys keys;
    private final VcJwt jwt;
    private final StatusLists statusLists;
    private final Clock clock;
    private final EddsaRdfc2022 dataIntegrity = new EddsaRdfc2022();

    public Verifier(Issuer issuer, IssuerKeys keys, VcJwt jwt, StatusLists statusLists, Clock clock) {
        this.issuer = issuer;
        this.keys = keys;
        this.jwt = jwt;
        this.statusLists = statusLists;
        this.clock = clock;
    }

    /** A VC-JWT, compact serialisation; empty when it is not one. */
    public Optional<Verification> verifyJwt(String compact) {
        return jwt.read(compact).map(read -> {
            Check signature = !read.knownKey()
                    ? Check.failed("signature", "the JWT's kid names no key of " + issuer.id())
                    : read.signed() ? Check.passed("signature", "RS256 under " + read.keyId())
                    : Check.failed("signature", "the RS256 signature does not match the credential");
            Check issued = issuerCheck(VcJwt.issuerId(read.credential()));
            if (issued.passed() && !read.claimsAgree()) {
                issued = Check.failed("issuer", "the JWT's iss or jti differs from the credential inside it");
            }
            return verification("vc+jwt", read.credential(), signature, issued);
        });
    }

    /** A credential secured with an embedded Data Integrity proof. */
    public Verification verifyDataIntegrity(ObjectNode secured) {
        return verification("data-integrity", secured, dataIntegritySignature(secured),
                issuerCheck(VcJwt.issuerId(secured)));
    }

    private Check dataIntegritySignature(ObjectNode secured) {
        String method = secured.path("proof").path("verificationMethod").asString("");
        Optional<Ed25519Key> key = keys.ed25519(method);
        if (key.isEmpty()) {
            return Check.failed("signature", "the proof's verificationMethod " + method + " is no key of "
                    + issuer.id());
        }
        if (!"assertionMethod".equals(secured.path("proof").path("proofPurpose").asString(""))) {
            return Check.failed("signature", "the proof's purpose is not assertionMethod");
        }
        try {
            return dataIntegrity.verify(secured, key.get())
                    ? Check.passed("signature", "eddsa-rdfc-2022 under " + method)
                    : Check.failed("signature", "the eddsa-rdfc-2022 proof does not match the credential");
        } catch (EddsaRdfc2022.InvalidLinkedData e) {
            return Check.failed("signature", "the credential is not JSON-LD under the issuer's contexts: "
                    + e.getMessage());
        }
    }

    private Verification verification(String format, ObjectNode credential, Check signature, Check issued) {
        List<Check> checks = new ArrayList<>(List.of(signature, issued, validityPeriod(credential)));
        for (StatusPurpose purpose : StatusPurpose.values()) {
            checks.add(status(credential, purpose));
        }
        return new Verification(checks.stream().allMatch(Check::passed), format,
                credential.path("id").asString(null), credential.path("credentialSubject").path("id").asString(null),
                credential.path("name").asString(null), credential.path("validFrom").asString(null),
                credential.path("validUntil").asString(null), checks);
    }

    private Check issuerCheck(String issuerId) {
        return issuer.id().equals(issuerId) ? Check.passed("issuer", issuerId)
                : Check.failed("issuer", "issued by " + (issuerId.isEmpty() ? "no one" : issuerId) + ", not by "
                + issuer.id());
    }

    private Check validityPeriod(ObjectNode credential) {
        Instant now = Instant.now(clock);
        try {
            Instant from = Instant.parse(credential.path("validFrom").asString(""));
            if (now.isBefore(from)) {
                return Check.failed("validityPeriod", "not valid before " + from);
            }
            String until = credential.path("validUntil").asString(null);
            if (until != null && !now.isBefore(Instant.parse(until))) {
                return Check.failed("validityPeriod", "expired at " + until);
            }
            return Check.passed("validityPeriod", "valid from " + from + (until == null ? "" : " until " + until));
        } catch (DateTimeParseException e) {
            return Check.failed("validityPeriod", "validFrom or validUntil is not a date-time");
        }
    }

    private Check status(ObjectNode credential, StatusPurpose purpose) {
        String check = purpose.value();
        for (JsonNode entry : credential.path("credentialStatus").isArray() ? credential.path("credentialStatus")
                : List.of(credential.path("credentialStatus"))) {
            if (!purpose.value().equals(entry.path("statusPurpose").asString(""))) {
                continue;
            }
            String list = entry.path("statusListCredential").asString("");
            Optional<Integer> listId = statusLists.listAt(purpose, list);
            String index = entry.path("statusListIndex").asString("");
            if (listId.isEmpty() || !index.matches("[0-9]{1,6}")
                    || Integer.parseInt(index) >= StatusIndexes.LIST_LENGTH) {
                return Check.failed(check, "the " + check + " entry names no list of " + issuer.id() + ": " + list
                        + " index " + index);
            }
            boolean set = statusLists.isSet(purpose, listId.get(), Integer.parseInt(index));
            String word = purpose == StatusPurpose.REVOCATION ? "revoked" : "suspended";
            return set ? Check.failed(check, word)
                    : Check.passed(check, "not " + word + " (" + list + ", index " + index + ")");
        }
        return Check.failed(check, "the credential has no " + check + " status entry");
    }
}
