package org.finops.certification.bench;

import org.finops.certification.contract.ApiPaths;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Tokens;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The reads that must stay fast as history grows, over the large store: the audit trail's first page and a page
 * deep inside it, whole and filtered, read from a cursor, a certification as of a moment, and the public directory's
 * first and a deep page and two searches. Each read is sent one at a time, after a warm-up, and its latency
 * recorded; p50 and p99 go into the report.
 */
final class Reads {
    private static final int WARM_UP = 100;
    private static final int MEASURED = 400;

    private Reads() {
    }

    /** @param member a preloaded member in the middle of the store, whose entries sit deep in the trail */
    static void phase(Report report, int queryPort, String member, int storeSize) {
        try (Api api = new Api(queryPort)) {
            String staff = Tokens.staff();
            // the page after this member's first entry, read without a filter, is a page from the middle of the trail
            String deep = get(api, staff, ApiPaths.query(ApiPaths.AUDIT).param("memberId", member).param("size", 1)
                    .after("").toString()).text("next");
            String certification = get(api, staff, ApiPaths.query(ApiPaths.CERTIFICATIONS).param("memberId", member)
                    .toString()).json().path("items").path(0).path("certificationId").asString();
            // and the directory's page after the first listing named "...pre-2...", a good way in (names are ids)
            String deepListing = get(api, staff, ApiPaths.query(ApiPaths.DIRECTORY).param("q", "pre-2")
                    .param("size", 1).after("").toString()).text("next");
            Map<String, String> reads = new LinkedHashMap<>();
            reads.put("audit_first_page", ApiPaths.query(ApiPaths.AUDIT).after("").toString());
            reads.put("audit_deep_page", ApiPaths.query(ApiPaths.AUDIT).after(deep).toString());
            reads.put("audit_filtered_first_page", ApiPaths.query(ApiPaths.AUDIT).param("actor", "bench:preload")
                    .after("").toString());
            reads.put("audit_filtered_deep_page", ApiPaths.query(ApiPaths.AUDIT).param("actor", "bench:preload")
                    .after(deep).toString());
            reads.put("as_of", ApiPaths.query(ApiPaths.asOf(certification)).param("at", Instant.now()).toString());
            reads.put("directory_first_page", ApiPaths.query(ApiPaths.DIRECTORY).after("").toString());
            reads.put("directory_deep_page", ApiPaths.query(ApiPaths.DIRECTORY).after(deepListing).toString());
            // a name typed whole: one listing among all, the search's worst case
            reads.put("directory_search_one", ApiPaths.query(ApiPaths.DIRECTORY).param("q", member).after("")
                    .toString());
            // a fifth of the names hold "pre-1"
            reads.put("directory_search_many", ApiPaths.query(ApiPaths.DIRECTORY).param("q", "pre-1").after("")
                    .toString());
            reads.forEach((name, path) -> {
                Latencies latencies = measure(() -> get(api, staff, path));
                report.put(name + "_p50_ms", latencies.millis(50), MEASURED + " reads one at a time, " + storeSize
                        + " certifications in the store");
                report.put(name + "_p99_ms", latencies.millis(99), "target < 100");
            });
        }
    }

    private static Latencies measure(Supplier<Api.Reply> read) {
        for (int i = 0; i < WARM_UP; i++) {
            read.get();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            read.get();
            latencies.add((System.nanoTime() - started) / 1000);
        }
        return latencies;
    }

    private static Api.Reply get(Api api, String token, String path) {
        Api.Reply reply = api.send("GET", path, token, null, Map.of());
        if (reply.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + reply);
        }
        return reply;
    }
}
