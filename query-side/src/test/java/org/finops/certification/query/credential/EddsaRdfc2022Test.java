package org.finops.certification.query.credential;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden test: 1EdTech's published eddsa-rdfc-2022 test vector for Open Badges 3.0 (the OB 3.0 implementation
 * guide's "Linked Data Proof Test Vector"), key, credential, canonical forms, hashes and proof value as published.
 */
class EddsaRdfc2022Test {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();
    private static final String VERIFICATION_METHOD =
            "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";
    private static final Ed25519Key KEY = new Ed25519Key(VERIFICATION_METHOD,
            HEX.parseHex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"),
            HEX.parseHex("6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"));

    private final EddsaRdfc2022 suite = new EddsaRdfc2022();

    @Test
    void canonicalisesTheDocumentAndTheProofAsPublished() throws IOException {
        assertThat(suite.canonical(credential())).isEqualTo(resource("document-canon.txt"));
        ObjectNode proofConfig = proofOptions();
        proofConfig.set("@context", credential().get("@context"));
        assertThat(suite.canonical(proofConfig)).isEqualTo(resource("proof-canon.txt"));
    }

    @Test
    void signsWithThePublishedHashesAndProofValue() throws IOException {
        assertThat(HEX.formatHex(suite.hashData(credential(), proofOptions()))).isEqualTo(
                "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19"
                        + "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773");
        ObjectNode signed = suite.sign(credential(), proofOptions(), KEY);
        assertThat(signed.path("proof").path("proofValue").asString()).isEqualTo(
                "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr");
        assertThat(KEY.publicKeyMultibase()).isEqualTo("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
        assertThat(suite.verify(signed, KEY)).isTrue();
    }

    @Test
    void aChangedClaimNoLongerVerifies() throws IOException {
        ObjectNode signed = suite.sign(credential(), proofOptions(), KEY);
        ((ObjectNode) signed.get("credentialSubject").get("achievement")).put("name", "Leadership");
        assertThat(suite.verify(signed, KEY)).isFalse();
    }

    private static ObjectNode proofOptions() {
        ObjectNode proof = JSON.createObjectNode();
        proof.put("type", "DataIntegrityProof");
        proof.put("created", "2010-01-01T19:23:24Z");
        proof.put("verificationMethod", VERIFICATION_METHOD);
        proof.put("cryptosuite", "eddsa-rdfc-2022");
        proof.put("proofPurpose", "assertionMethod");
        return proof;
    }

    private static ObjectNode credential() throws IOException {
        return (ObjectNode) JSON.readTree(resource("credential.json"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EddsaRdfc2022Test.class.getResourceAsStream("/credentials/obv3p0/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
