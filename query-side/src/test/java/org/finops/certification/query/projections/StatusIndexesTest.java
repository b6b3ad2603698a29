package org.finops.certification.query.projections;

import org.finops.certification.events.CertificationType;
import org.finops.certification.query.credential.StatusIndexes;
import org.finops.certification.rules.CertificationState;
import org.finops.certification.rules.CertificationStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Status list indexes: drawn at random, one per certification, kept when its state is seen again (a replay). */
class StatusIndexesTest extends ProjectionTest {
    private final StatusIndexes indexes = new StatusIndexes();

    @Test
    void canGiveEachCertificationARandomIndexOnceAndKeepItThroughAReplay() {
        List<CertificationState> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(state("index-" + i));
        }
        indexes.onAll(batch, harness.views());
        List<Integer> given = new ArrayList<>();
        Set<Integer> distinct = new HashSet<>();
        for (CertificationState state : batch) {
            StatusIndexes.Place place = StatusIndexes.of(state.certificationId(), harness.views()).orElseThrow();
            assertThat(place.listId()).isEqualTo(1);
            assertThat(place.index()).isBetween(0, StatusIndexes.LIST_LENGTH - 1);
            given.add(place.index());
            distinct.add(place.index());
        }
        assertThat(distinct).as("never one index for two certifications").hasSize(500);
        assertThat(given).as("not in the order the certifications came")
                .isNotEqualTo(given.stream().sorted().toList());
        assertThat(given.stream().filter(index -> index >= StatusIndexes.LIST_LENGTH / 2).count())
                .as("spread over the whole list").isBetween(150L, 350L);

        indexes.onAll(batch.subList(0, 10), harness.views());
        for (int i = 0; i < 10; i++) {
            assertThat(StatusIndexes.of("index-" + i, harness.views()).orElseThrow().index()).isEqualTo(given.get(i));
        }
    }

    /** A certification's state as the projection sees it, for the status list tests. */
    static CertificationState state(String certificationId) {
        Instant granted = Instant.parse("2026-03-01T00:00:00Z");
        return new CertificationState(certificationId, "member-" + certificationId, CertificationType.PLATFORM,
                CertificationStatus.ACTIVE, granted, granted.plusSeconds(86_400 * 365L), "2026.1", false, granted);
    }
}
