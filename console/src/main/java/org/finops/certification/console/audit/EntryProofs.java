package org.finops.certification.console.audit;

import org.finops.certification.console.api.Apis;
import org.finops.certification.contract.ApiPaths;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Asks the transparency log for a trail entry's leaf and its inclusion proof against the latest checkpoint, and checks
 * the proof here: the auditor sees whether it holds, and can take the proof away to check it with their own tools.
 */
@Component
class EntryProofs {
    /** What an event id looks like: nothing else is put into the log's address. */
    static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Apis apis;
    private final JsonMapper json = JsonMapper.builder().build();

    EntryProofs(Apis apis) {
        this.apis = apis;
    }

    /**
     * An entry's proof and whether it holds: the leaf names the event, and leaf and path lead to the checkpoint's root.
     *
     * @param checkpoint the signed note, as served; {@code key} the key that verifies it
     */
    public record EntryProof(String eventId, long index, long size, String rootHash, String leaf, List<String> hashes,
                      boolean leafNamesEvent, boolean included, String checkpoint, String key) {
        public boolean holds() {
            return leafNamesEvent && included;
        }
    }

    /** @return empty when the event has no leaf yet, or no checkpoint covers it yet */
    Optional<EntryProof> of(String eventId) {
        if (!EVENT_ID.matcher(eventId).matches()) {
            return Optional.empty();
        }
        Optional<Long> index = text(ApiPaths.logIndexOf(eventId)).map(body -> json.readTree(body).path("index")
                .asLong());
        Optional<String> note = text(ApiPaths.TRANSPARENCY_CHECKPOINT);
        if (index.isEmpty() || note.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = note.get().split("\n");
        long size = Long.parseLong(lines[1]);
        if (index.get() >= size) {
            return Optional.empty();
        }
        Optional<String> leaf = text(ApiPaths.logLeaf(index.get()));
        Optional<String> proof = text(ApiPaths.query(ApiPaths.INCLUSION_PROOF).param("index", index.get())
                .param("size", size).toString());
        if (leaf.isEmpty() || proof.isEmpty()) {
            return Optional.empty();
        }
        List<String> hashes = new ArrayList<>();
        json.readTree(proof.get()).path("hashes").forEach(hash -> hashes.add(hash.asString()));
        JsonNode leafFields = json.readTree(leaf.get());
        boolean included = Inclusion.holds(leaf.get().getBytes(StandardCharsets.UTF_8), index.get(), size,
                hashes.stream().map(Base64.getDecoder()::decode).toList(), Base64.getDecoder().decode(lines[2]));
        return Optional.of(new EntryProof(eventId, index.get(), size, lines[2], leaf.get(), hashes,
                eventId.equals(leafFields.path("eventId").asString()), included, note.get(),
                key().orElse("")));
    }

    /** The latest signed checkpoint, as served; empty before the first. */
    Optional<String> checkpoint() {
        return text(ApiPaths.TRANSPARENCY_CHECKPOINT);
    }

    Optional<String> key() {
        return text(ApiPaths.TRANSPARENCY_KEY).map(String::strip);
    }

    /** Stored events that no longer match their leaf, as the log's last store check found them. */
    List<JsonNode> mismatches() {
        List<JsonNode> mismatches = new ArrayList<>();
        text(ApiPaths.STORE_CHECK).ifPresent(body -> json.readTree(body).path("mismatches").forEach(mismatches::add));
        return mismatches;
    }

    private Optional<String> text(String path) {
        Apis.Download answer = apis.log(path);
        return answer.status() == 200 ? Optional.of(answer.body()) : Optional.empty();
    }
}
