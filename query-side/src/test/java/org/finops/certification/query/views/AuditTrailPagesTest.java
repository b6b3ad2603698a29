package org.finops.certification.query.views;

import org.finops.certification.query.support.Lifecycle;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.Eventually;
import org.finops.certification.testing.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trail read a page at a time from a cursor gives every entry once, in the order numbered pages give them; each
 * entry names its leaf in the transparency log once the log announced it.
 */
class AuditTrailPagesTest extends QueryApiTestBase {

    @Test
    void pagesFromACursorGiveTheWholeTrailOnceInTimeOrderWithoutACount() {
        String memberId = unique("paged");
        stream.publish(Lifecycle.policy(), "system");
        long position = publish(Lifecycle.certified(memberId, "Paged " + memberId, unique("cert"), unique("app"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS)), "staff-ana");
        Api.Reply numbered = get("/api/v1/audit?memberId=" + memberId + "&size=200", Tokens.auditor(), position);
        List<Long> all = positions(numbered);
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(numbered.json().path("total").asLong()).isEqualTo(all.size());

        List<Long> read = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            Api.Reply page = get("/api/v1/audit?memberId=" + memberId + "&size=4&after=" + cursor, Tokens.auditor());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().path("total").isNull()).as("a cursor's page counts nothing").isTrue();
            read.addAll(positions(page));
            cursor = page.json().path("next").isNull() ? null : page.json().path("next").asString();
            pages++;
        } while (cursor != null && pages < 50);

        assertThat(read).as("every entry once, in the same order").containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo((all.size() + 3) / 4);
        Api.Reply firstNumbered = get("/api/v1/audit?memberId=" + memberId + "&size=4", Tokens.auditor());
        Api.Reply continued = get("/api/v1/audit?memberId=" + memberId + "&size=4&after="
                + firstNumbered.json().path("next").asString(), Tokens.auditor());
        assertThat(positions(continued)).as("a numbered page's next reads on after it")
                .containsExactlyElementsOf(all.subList(4, 8));
        Api.Reply forged = get("/api/v1/audit?memberId=" + memberId + "&after=not-a-cursor", Tokens.auditor());
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.toString()).contains("after");
    }

    @Test
    void eachEntryNamesItsLeafInTheTransparencyLogOnceTheLogAnnouncedIt() {
        String memberId = unique("leaves");
        long position = publish(Lifecycle.certified(memberId, "Leaves " + memberId, unique("cert"), unique("app"),
                Instant.now().truncatedTo(ChronoUnit.MILLIS)), "staff-ana");
        List<String> eventIds = get("/api/v1/audit?memberId=" + memberId + "&size=200", Tokens.auditor(), position)
                .json().path("items").valueStream().map(entry -> entry.path("eventId").asString()).toList();
        String unannounced = eventIds.getLast();
        String moved = eventIds.getFirst();
        stream.announceLeaf(moved, 999_999);
        for (int i = 0; i < eventIds.size() - 1; i++) {
            stream.announceLeaf(eventIds.get(i), 1_000 + i);
        }

        Map<String, JsonNode> leaves = Eventually.until(Duration.ofSeconds(30), () -> get("/api/v1/audit?memberId="
                        + memberId + "&size=200", Tokens.auditor()).json().path("items").valueStream()
                .collect(Collectors.toMap(entry -> entry.path("eventId").asString(), entry -> entry.path("leafIndex"))),
                read -> read.values().stream().filter(JsonNode::isNumber).count() == eventIds.size() - 1
                        && read.get(moved).asLong() == 1_000);

        assertThat(leaves.get(unannounced).isNull()).as("an entry whose leaf was not announced yet").isTrue();
        for (int i = 0; i < eventIds.size() - 1; i++) {
            assertThat(leaves.get(eventIds.get(i)).asLong()).as("the last announcement of an event's leaf")
                    .isEqualTo(1_000 + i);
        }
        String after = get("/api/v1/audit?memberId=" + memberId + "&size=3&after=", Tokens.auditor()).json()
                .path("items").path(0).path("leafIndex").toString();
        assertThat(after).as("a page from a cursor names the leaf too").isEqualTo("1000");
    }

    private static List<Long> positions(Api.Reply page) {
        return page.json().path("items").valueStream().map(entry -> entry.path("position").asLong()).toList();
    }
}
