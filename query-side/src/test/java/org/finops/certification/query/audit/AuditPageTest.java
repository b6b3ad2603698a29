package org.finops.certification.query.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a page of the trail links on is read with the page itself. Found by the end-to-end trust boundary test: a
 * member's first entry, projected between a page read empty and its count, promised a next page after an empty one
 * and the call failed with 500.
 */
class AuditPageTest {

    @Test
    void anEmptyPageLinksNowhereEvenWhenTheCountHasSinceGrown() {
        AuditController.AuditPage page = AuditController.page(List.of(), 0, 50, 1L);

        assertThat(page.items()).isEmpty();
        assertThat(page.next()).isNull();
        assertThat(page.total()).isEqualTo(1L);
    }

    @Test
    void aPageLinksOnFromItsLastEntryOnlyWhenARowBeyondItWasRead() {
        List<AuditEntry> read = entries(3);

        AuditController.AuditPage full = AuditController.page(read, 0, 2, 3L);
        assertThat(full.items()).extracting(AuditEntry::position).containsExactly(1L, 2L);
        assertThat(AuditCursor.parse(full.next())).isEqualTo(AuditCursor.of(read.get(1)));

        AuditController.AuditPage last = AuditController.page(read, 0, 3, 3L);
        assertThat(last.items()).hasSize(3);
        assertThat(last.next()).isNull();
    }

    private static List<AuditEntry> entries(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(position -> new AuditEntry(position, "event-" + position,
                "MemberRegistered", Instant.parse("2026-03-01T00:00:00Z").plusSeconds(position), "staff", null, null,
                "m-1", null, null, null, position + 10)).toList();
    }
}
