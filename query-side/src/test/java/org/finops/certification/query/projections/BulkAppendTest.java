package org.finops.certification.query.projections;

import org.finops.certification.query.views.BulkFill;
import org.finops.certification.query.views.EventIds;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows copied in while a generation is filled in bulk read back exactly as inserted ones: what COPY's text format
 * would take for a separator, an escape or NULL arrives as the value it is.
 */
class BulkAppendTest extends ProjectionTest {

    @Test
    void copiedValuesReadBackAsTheyWere() {
        ViewStore filling = new ViewStore(harness.jdbc(), harness.views().schema(),
                new BulkFill(new EventIds()));
        harness.jdbc().execute("CREATE TABLE " + filling.table("copied") + " (value TEXT, n BIGINT)");
        List<String> awkward = List.of("tab\there", "line\nbreak\r", "back\\slash \\N \\t", "\\N",
                "{\"reason\":\"said \\\"no\\\"\"}", "Société Générale ✓");
        Rows rows = Rows.of("varchar", "int8");
        for (int i = 0; i < awkward.size(); i++) {
            rows.add(awkward.get(i), 9_000 + i);
        }
        rows.add(null, 9_100);
        assertThat(rows.appendTo(filling, "copied", new String[]{"value", "n"})).isEqualTo(7);

        List<String> read = harness.jdbc().queryForList("SELECT value FROM " + filling.table("copied")
                + " ORDER BY n", String.class);
        assertThat(read.subList(0, awkward.size())).containsExactlyElementsOf(awkward);
        assertThat(read.get(awkward.size())).isNull();
    }
}
