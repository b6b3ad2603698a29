package org.finops.certification.e2e;

import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.GoVerifier;
import org.finops.certification.testing.Sql;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transparency log as the fault suite leaves it: its leaves by event (event ids are unique in it by constraint,
 * indexes by key, so a count equal to the last index + 1 is a log without a gap), the indexes the query side got,
 * and what Go's verifier answers from outside: both checkpoints' signatures, the inclusion of an event of each type
 * in the late one, and the late log's consistency with the checkpoint taken minutes before, under load.
 */
record SignedLog(Map<String, Long> leaves, long size, long lastIndex, Map<String, Long> announced,
                 List<String> outsideChecks, List<String> outsideAnswers) {
    private static final String LOG = "/api/v1/transparency";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The latest signed checkpoint, waiting for the first. */
    static String checkpoint(Stack stack) {
        Api api = new Api(stack.commandSide.port());
        return Eventually.until(Duration.ofSeconds(30), () -> api.send("GET", LOG + "/checkpoint", null, null,
                Map.of()), reply -> reply.status() == 200).body();
    }

    static SignedLog settle(Stack stack, Set<String> storedIds, String early) throws Exception {
        Eventually.untilTrue("the log and its announcements reach every stored event", Duration.ofSeconds(60),
                () -> Sql.count(stack.commandDatabase, "SELECT count(*) FROM transparency_leaf") >= storedIds.size()
                        && Sql.count(stack.queryDatabase, "SELECT count(*) FROM transparency_leaf_index")
                        >= storedIds.size());
        Map<String, Long> leaves = Sql.counts(stack.commandDatabase, "SELECT event_id, leaf_index FROM"
                + " transparency_leaf");
        List<String> checks = outsideChecks(stack, early, leaves);
        return new SignedLog(leaves, Sql.count(stack.commandDatabase, "SELECT count(*) FROM transparency_leaf"),
                Sql.count(stack.commandDatabase, "SELECT coalesce(max(leaf_index), -1) FROM transparency_leaf"),
                Sql.counts(stack.queryDatabase, "SELECT event_id, leaf_index FROM transparency_leaf_index"), checks,
                GoVerifier.check(checks));
    }

    String summary() {
        return String.format("transparency log: %d leaves, last index %d, %d leaf indexes on the query side; Go's"
                + " verifier: %d of %d checks ok", size, lastIndex, announced.size(),
                outsideAnswers.stream().filter("ok"::equals).count(), outsideChecks.size());
    }

    private static List<String> outsideChecks(Stack stack, String early, Map<String, Long> leaves) {
        Api api = new Api(stack.commandSide.port());
        String late = Eventually.until(Duration.ofSeconds(30), () -> checkpoint(stack),
                note -> size(note) >= leaves.size());
        String key = get(api, LOG + "/key").strip();
        List<String> checks = new ArrayList<>(List.of(note(key, early), note(key, late)));
        List<String> oneOfEachType = Sql.strings(stack.commandDatabase, "SELECT DISTINCT ON (payload_type)"
                + " event_identifier FROM domain_event_entry ORDER BY payload_type, global_index DESC");
        for (String eventId : oneOfEachType) {
            long index = leaves.get(eventId);
            byte[] leaf = get(api, LOG + "/leaves/" + index).getBytes(StandardCharsets.UTF_8);
            checks.add("inclusion " + index + " " + size(late) + " " + root(late) + " "
                    + Base64.getEncoder().encodeToString(leaf) + " "
                    + hashes(get(api, LOG + "/proofs/inclusion?index=" + index + "&size=" + size(late))));
        }
        checks.add("consistency " + size(early) + " " + size(late) + " " + root(early) + " " + root(late) + " "
                + hashes(get(api, LOG + "/proofs/consistency?from=" + size(early) + "&to=" + size(late))));
        return checks;
    }

    private static String note(String key, String note) {
        return "note " + key + " " + Base64.getEncoder().encodeToString(note.getBytes(StandardCharsets.UTF_8));
    }

    private static long size(String note) {
        return Long.parseLong(note.split("\n")[1]);
    }

    private static String root(String note) {
        return note.split("\n")[2];
    }

    private static String get(Api api, String path) {
        Api.Reply reply = api.send("GET", path, null, null, Map.of());
        if (reply.status() != 200) {
            throw new AssertionError(path + ": " + reply);
        }
        return reply.body();
    }

    private static String hashes(String proof) {
        List<String> hashes = new ArrayList<>();
        JSON.readTree(proof).path("hashes").forEach((JsonNode hash) -> hashes.add(hash.asString()));
        return hashes.isEmpty() ? "-" : String.join(",", hashes);
    }
}
