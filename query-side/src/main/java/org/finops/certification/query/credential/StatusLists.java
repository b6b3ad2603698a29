package org.finops.certification.query.credential;

import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The Bitstring Status Lists, read from the certifications' current status (so they follow the events and a rebuild
 * reproduces them): a list is the GZIP of its {@value StatusIndexes#LIST_LENGTH} bits, index 0 the left-most bit
 * of the first byte, multibase base64url ({@code u}) without padding, inside a {@code BitstringStatusListCredential}.
 */
@Component
public class StatusLists {
    private static final JsonMapper JSON = CredentialJson.MAPPER;

    private final ViewGenerations generations;
    private final Issuer issuer;
    private final Clock clock;

    public StatusLists(ViewGenerations generations, Issuer issuer, Clock clock) {
        this.generations = generations;
        this.issuer = issuer;
        this.clock = clock;
    }

    public String url(StatusPurpose purpose, int listId) {
        return prefix(purpose) + listId;
    }

    private String prefix(StatusPurpose purpose) {
        return issuer.url("/credentials/status/" + purpose.value() + "/");
    }

    /** The number of this issuer's list of the purpose at {@code url}; empty for any other address. */
    public Optional<Integer> listAt(StatusPurpose purpose, String url) {
        return url.startsWith(prefix(purpose)) ? list(url.substring(prefix(purpose).length())) : Optional.empty();
    }

    /** The list numbered {@code listId}, once it has been opened; empty for anything else. */
    public Optional<Integer> list(String listId) {
        if (!listId.matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(listId);
        return exists(number) ? Optional.of(number) : Optional.empty();
    }

    /** Whether the list has been opened: an index of it was given to a certification. */
    private boolean exists(int listId) {
        return Boolean.TRUE.equals(generations.active().jdbc().queryForObject("SELECT EXISTS (SELECT 1 FROM"
                + " public.credential_status_index WHERE list_id = ?)", Boolean.class, listId));
    }

    /** The list's bits: one byte per eight entries, the left-most bit first. */
    public byte[] bits(StatusPurpose purpose, int listId) {
        ViewStore views = generations.active();
        byte[] bits = new byte[StatusIndexes.LIST_LENGTH / 8];
        views.jdbc().query("SELECT s.status_index FROM public.credential_status_index s JOIN "
                + views.table("certification_status") + " c ON c.certification_id = s.certification_id"
                + " WHERE s.list_id = ? AND c.status = ?", row -> {
                    int index = row.getInt(1);
                    bits[index / 8] |= (byte) (0x80 >>> (index % 8));
                }, listId, purpose.setWhile().name());
        return bits;
    }

    public boolean isSet(StatusPurpose purpose, int listId, int index) {
        ViewStore views = generations.active();
        return Boolean.TRUE.equals(views.jdbc().queryForObject("SELECT EXISTS (SELECT 1 FROM"
                + " public.credential_status_index s JOIN " + views.table("certification_status") + " c"
                + " ON c.certification_id = s.certification_id WHERE s.list_id = ? AND s.status_index = ?"
                + " AND c.status = ?)", Boolean.class, listId, index, purpose.setWhile().name()));
    }

    /** The status list credential, unsigned: valid from now, as it is read now. */
    public ObjectNode credential(StatusPurpose purpose, int listId) {
        String url = url(purpose, listId);
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(PinnedContexts.CREDENTIALS_V2);
        credential.put("id", url);
        credential.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        credential.put("issuer", issuer.id());
        credential.put("validFrom", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", encode(bits(purpose, listId)));
        return credential;
    }

    static String encode(byte[] bits) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
    }
}
