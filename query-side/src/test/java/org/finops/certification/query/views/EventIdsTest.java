package org.finops.certification.query.views;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids a bulk fill has applied: each id new once, whatever its form, however many there are. */
class EventIdsTest {
    private final EventIds ids = new EventIds();

    @Test
    void anIdIsNewOnlyTheFirstTimeEvenTwiceInOneBatch() {
        String uuid = UUID.randomUUID().toString();
        assertThat(ids.addNew(List.of(uuid, "e-1", uuid, "e-1"))).containsExactly(uuid, "e-1");
        assertThat(ids.addNew(List.of("e-2", uuid, "e-1"))).containsExactly("e-2");
    }

    @Test
    void aUuidInAnotherSpellingIsAnotherId() {
        String lower = UUID.randomUUID().toString();
        assertThat(ids.addNew(List.of(lower, lower.toUpperCase()))).containsExactly(lower, lower.toUpperCase());
    }

    @Test
    void everyIdIsKeptAsTheTableGrows() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            many.add(UUID.randomUUID().toString());
        }
        assertThat(ids.addNew(many)).hasSize(200_000);
        assertThat(ids.addNew(many)).isEmpty();
        assertThat(ids.addNew(List.of(UUID.randomUUID().toString()))).hasSize(1);
    }
}
