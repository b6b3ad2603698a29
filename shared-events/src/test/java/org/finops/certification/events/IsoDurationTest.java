package org.finops.certification.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoDurationTest {
    private static final Instant START = Instant.parse("2026-01-31T10:00:00Z");

    @Test
    void calendarDurationsFollowTheCalendar() {
        assertThat(IsoDuration.parse("P12M").after(START)).isEqualTo(Instant.parse("2027-01-31T10:00:00Z"));
        assertThat(IsoDuration.parse("P1M").after(START)).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(IsoDuration.parse("P90D").before(START)).isEqualTo(Instant.parse("2025-11-02T10:00:00Z"));
    }

    @Test
    void clockDurationsLetATestPolicyRunInMinutes() {
        assertThat(IsoDuration.parse("PT3M").after(START)).isEqualTo(Instant.parse("2026-01-31T10:03:00Z"));
        assertThat(IsoDuration.parse("P1DT12H").after(START)).isEqualTo(Instant.parse("2026-02-01T22:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "12M", "P-1D", "P0D", "PT0S", "P1X", "soon"})
    void refusesWhatIsNotAPositiveDuration(String text) {
        assertThatThrownBy(() -> IsoDuration.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(IsoDuration.isValid(text)).isFalse();
    }
}
