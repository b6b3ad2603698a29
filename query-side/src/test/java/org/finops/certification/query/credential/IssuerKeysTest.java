package org.finops.certification.query.credential;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key file: made and rotated by {@link CredentialKeyFile}; what an older key signed keeps verifying. */
class IssuerKeysTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Issuer issuer = new Issuer("https://certification.finops.example", "FinOps Foundation",
            "https://www.finops.org", "https://certification.finops.example/directory");

    @Test
    void canRotateKeysWhileWhatTheOldOnesSignedKeepsVerifying(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("keys.json");
        CredentialKeyFile.main(new String[]{file.toString()});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        IssuerKeys before = new IssuerKeys(issuer, file.toString());
        ObjectNode signed = new EddsaRdfc2022().sign(credential(), proof(before), before.signingEd25519());
        String jwt = new VcJwt(before).sign(credential());

        CredentialKeyFile.main(new String[]{file.toString()});
        IssuerKeys after = new IssuerKeys(issuer, file.toString());
        assertThat(after.published().getKeys()).hasSize(4);
        assertThat(after.signingEd25519().keyId()).isNotEqualTo(before.signingEd25519().keyId());
        assertThat(after.signingRsaKeyId()).isNotEqualTo(before.signingRsaKeyId());
        assertThat(new EddsaRdfc2022().verify(signed,
                after.ed25519(before.signingEd25519().keyId()).orElseThrow())).isTrue();
        VcJwt.Read read = new VcJwt(after).read(jwt).orElseThrow();
        assertThat(read.signed()).isTrue();
        assertThat(read.keyId()).isEqualTo(before.signingRsaKeyId());
    }

    @Test
    void cannotStartFromAFileWithoutBothPrivateKeys(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("public-only.json");
        Files.writeString(file, IssuerKeys.generate("x").toPublicJWKSet().toString());
        assertThatThrownBy(() -> new IssuerKeys(issuer, file.toString()))
                .hasMessageContaining("must hold an RSA and an Ed25519 private key first");
    }

    @Test
    void theIssuerIsTheDidWebOfItsPublicAddress() {
        assertThat(issuer.id()).isEqualTo("did:web:certification.finops.example");
        assertThat(Issuer.didWeb(java.net.URI.create("http://localhost:8082"))).isEqualTo("did:web:localhost%3A8082");
        assertThat(Issuer.didWeb(java.net.URI.create("https://finops.example/certification/")))
                .isEqualTo("did:web:finops.example:certification");
    }

    private static ObjectNode proof(IssuerKeys keys) {
        ObjectNode proof = JSON.createObjectNode();
        proof.put("type", "DataIntegrityProof");
        proof.put("cryptosuite", EddsaRdfc2022.CRYPTOSUITE);
        proof.put("created", "2026-01-01T00:00:00Z");
        proof.put("verificationMethod", keys.signingEd25519().keyId());
        proof.put("proofPurpose", "assertionMethod");
        return proof;
    }

    private ObjectNode credential() {
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(PinnedContexts.CREDENTIALS_V2);
        credential.put("id", "urn:uuid:4b3c9b8e-0000-4000-8000-000000000001");
        credential.putArray("type").add("VerifiableCredential");
        credential.put("issuer", issuer.id());
        credential.put("validFrom", "2026-01-01T00:00:00Z");
        credential.putObject("credentialSubject").put("id", "https://certification.finops.example/directory/acme");
        return credential;
    }
}
