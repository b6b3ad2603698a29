package org.finops.certification.query.credential;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTimeTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import org.finops.certification.support.crypto.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code eddsa-rdfc-2022} cryptosuite of W3C's Data Integrity EdDSA: the proof options and the document are
 * each canonicalised (JSON-LD to RDF, then RDFC-1.0), each hashed with SHA-256, and the Ed25519 signature covers the
 * proof hash followed by the document hash; the signature travels base58btc-encoded in {@code proofValue}.
 */
public final class EddsaRdfc2022 {
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private static final JsonMapper JSON = CredentialJson.MAPPER;
    // a presented credential can be built to make canonicalisation explode (many blank nodes alike); ours take
    // milliseconds, so anything that takes longer than this is not one of them
    private static final long CANONICALISATION_LIMIT_MS = 2_000;
    private final PinnedContexts contexts = new PinnedContexts();

    /** The document with a proof added; {@code proofOptions} holds everything but {@code proofValue}. */
    public ObjectNode sign(ObjectNode unsecured, ObjectNode proofOptions, Ed25519Key key) {
        ObjectNode secured = unsecured.deepCopy();
        ObjectNode proof = proofOptions.deepCopy();
        proof.put("proofValue", Multibase.BASE_58_BTC.encode(key.sign(hashData(unsecured, proofOptions))));
        secured.set("proof", proof);
        return secured;
    }

    /** Whether the proof's signature holds for the document under {@code key}. */
    public boolean verify(ObjectNode secured, Ed25519Key key) {
        JsonNode proof = secured.get("proof");
        if (!(proof instanceof ObjectNode proofNode) || !proof.path("proofValue").isString()
                || !CRYPTOSUITE.equals(proof.path("cryptosuite").asString(""))) {
            return false;
        }
        ObjectNode unsecured = secured.deepCopy();
        unsecured.remove("proof");
        ObjectNode options = proofNode.deepCopy();
        String proofValue = options.remove("proofValue").asString();
        if (!Multibase.BASE_58_BTC.isEncoded(proofValue)) {
            return false;
        }
        return key.verify(hashData(unsecured, options), Multibase.BASE_58_BTC.decode(proofValue));
    }

    /** SHA-256 of the canonical proof configuration, followed by SHA-256 of the canonical document. */
    byte[] hashData(ObjectNode unsecured, ObjectNode proofOptions) {
        ObjectNode proofConfig = proofOptions.deepCopy();
        proofConfig.set("@context", unsecured.get("@context"));
        byte[] proofHash = sha256(canonical(proofConfig));
        byte[] documentHash = sha256(canonical(unsecured));
        byte[] data = new byte[proofHash.length + documentHash.length];
        System.arraycopy(proofHash, 0, data, 0, proofHash.length);
        System.arraycopy(documentHash, 0, data, proofHash.length, documentHash.length);
        return data;
    }

    /** The document as canonical N-Quads (RDFC-1.0), with only the pinned contexts. */
    public String canonical(JsonNode document) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256", new RdfCanonTimeTicker(CANONICALISATION_LIMIT_MS));
            JsonLd.toRdf(JsonDocument.of(new StringReader(JSON.writeValueAsString(document))))
                    .loader(contexts).provide(canon);
            StringWriter nquads = new StringWriter();
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError | RdfConsumerException | IllegalStateException e) {
            throw new InvalidLinkedData(e.getMessage(), e);
        }
    }

    private static byte[] sha256(String text) {
        return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A document that cannot be read as JSON-LD with the pinned contexts: it cannot carry a valid proof. */
    public static final class InvalidLinkedData extends RuntimeException {
        InvalidLinkedData(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
