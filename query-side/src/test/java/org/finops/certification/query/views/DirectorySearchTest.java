package org.finops.certification.query.views;

import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.testing.Api;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The public directory answers a search by any part of a name, whatever its case and accents; still alphabetical. */
class DirectorySearchTest extends QueryApiTestBase {

    @Test
    void aSearchFindsNamesByAnyPartWithoutRegardToCaseOrAccents() {
        String tag = unique("x").replace("-", "");
        long position = 0;
        for (String name : List.of("Société Générale Cloud " + tag, "Zürich FinOps AG " + tag, "Acme " + tag)) {
            position = publish(Lifecycle.certified(unique("dir"), name, unique("cert"), unique("app"),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS)), "staff-ana");
        }

        assertThat(names("/api/v1/directory?q=societe%20generale", position)).as("accents typed without")
                .contains("Société Générale Cloud " + tag).doesNotContain("Acme " + tag);
        assertThat(names("/api/v1/directory?q=" + URLEncoder.encode("ZÜRICH finops ag " + tag.toUpperCase(),
                StandardCharsets.UTF_8), position))
                .containsExactly("Zürich FinOps AG " + tag);
        assertThat(names("/api/v1/directory?q=" + tag, position)).as("alphabetical, never ranked")
                .containsExactly("Acme " + tag, "Société Générale Cloud " + tag, "Zürich FinOps AG " + tag);
        Api.Reply paged = get("/api/v1/directory?q=" + tag + "&page=1&size=2", null, position);
        assertThat(paged.json().path("total").asLong()).isEqualTo(3);
        assertThat(paged.json().path("members").valueStream().map(member -> member.path("name").asString()))
                .containsExactly("Zürich FinOps AG " + tag);
        assertThat(names("/api/v1/directory?type=SERVICE_PROVIDER&q=" + tag, position)).isEmpty();
    }

    @Test
    void pagesFromACursorWalkTheDirectoryInOrderWithoutCountingAndASearchIsNeverAPattern() {
        String tag = unique("c").replace("-", "");
        long position = 0;
        List<String> names = List.of("Alpha 100% " + tag, "Beta_Δέλτα " + tag, "beta|pipe " + tag, "Gamma " + tag,
                "Gamma " + tag);
        for (String name : names) {
            position = publish(Lifecycle.certified(unique("dir"), name, unique("cert"), unique("app"),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS)), "staff-ana");
        }

        List<String> walked = new ArrayList<>();
        String after = "";
        int pages = 0;
        while (after != null) {
            Api.Reply page = get("/api/v1/directory?q=" + tag + "&size=2&after=" + after, null, position);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().path("total").isNull()).as("a page from a cursor counts nothing").isTrue();
            page.json().path("members").valueStream().forEach(member -> walked.add(member.path("name").asString()));
            after = page.json().path("next").isNull() ? null : page.json().path("next").asString();
            pages++;
        }
        assertThat(walked).as("each listing once, in the order of a numbered page, two listings of one name kept")
                .containsExactly("Alpha 100% " + tag, "Beta_Δέλτα " + tag, "beta|pipe " + tag, "Gamma " + tag,
                        "Gamma " + tag);
        assertThat(pages).isEqualTo(3);
        assertThat(names("/api/v1/directory?q=" + URLEncoder.encode("beta_δελτα", StandardCharsets.UTF_8),
                position)).as("Greek accents folded too").containsExactly("Beta_Δέλτα " + tag);
        assertThat(names("/api/v1/directory?q=" + URLEncoder.encode("a 100%", StandardCharsets.UTF_8) + "+" + tag,
                position)).containsExactly("Alpha 100% " + tag);
        assertThat(names("/api/v1/directory?q=%25" + tag, position)).as("% is a character, not any text").isEmpty();
        assertThat(names("/api/v1/directory?q=beta_pipe+" + tag, position)).as("_ is a character, not any one")
                .isEmpty();
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        Api.Reply bad = get("/api/v1/directory?type=GOLD&page=-1&size=0", null);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("type", "page", "size");
        Api.Reply badCursor = get("/api/v1/directory?after=not-a-cursor", null);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.body()).contains("after");
    }

    private List<String> names(String path, long position) {
        Api.Reply reply = get(path, null, position);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().path("members").valueStream().map(member -> member.path("name").asString()).toList();
    }
}
