package org.finops.certification.query.projections;

import org.finops.certification.query.credential.StatusIndexes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finops.certification.query.projections.StatusIndexesTest.state;

/**
 * Which status list a new certification draws in: a list takes half its length of certifications, in the order they
 * are first seen, and the next one opens after that (a database of its own: the turns are counted across tests).
 */
class StatusListTurnsTest extends ProjectionTest {
    @Test
    void canOpenTheNextListOnceAListHasTakenHalfItsLength() {
        StatusIndexes indexes = new StatusIndexes();
        indexes.onAll(List.of(state("turn-first")), harness.views());
        assertThat(StatusIndexes.of("turn-first", harness.views()).orElseThrow().listId()).isEqualTo(1);

        // as if the list had taken all but one of its certifications
        harness.views().jdbc().queryForObject("SELECT setval('public.credential_status_order', ?)", Long.class,
                (long) StatusIndexes.TAKEN_PER_LIST - 1);
        indexes.onAll(List.of(state("turn-last-of-1")), harness.views());
        indexes.onAll(List.of(state("turn-first-of-2"), state("turn-second-of-2")), harness.views());

        assertThat(StatusIndexes.of("turn-last-of-1", harness.views()).orElseThrow().listId()).isEqualTo(1);
        assertThat(StatusIndexes.of("turn-first-of-2", harness.views()).orElseThrow().listId()).isEqualTo(2);
        assertThat(StatusIndexes.of("turn-second-of-2", harness.views()).orElseThrow().listId()).isEqualTo(2);
    }
}
