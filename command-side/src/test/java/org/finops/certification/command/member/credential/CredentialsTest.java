package org.finops.certification.command.member.credential;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.finops.certification.command.infrastructure.EventJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finops.certification.events.IndividualCertificationType.ENGINEER;
import static org.finops.certification.events.IndividualCertificationType.PRACTITIONER;

class CredentialsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private final Serializer snapshots = EventJson.serializer();

    @Test
    void aSnapshotReadBackDecidesAsTheMemberDid() {
        Credentials held = new Credentials();
        for (int i = 0; i < 50; i++) {
            held.record("current-" + i, PRACTITIONER, TODAY.plusYears(1));
        }
        held.record("ends-today", PRACTITIONER, TODAY);
        held.record("expired", PRACTITIONER, TODAY.minusDays(1));
        held.record("never-expires", ENGINEER, null);
        held.record("withdrawn", ENGINEER, null);
        held.withdraw("withdrawn");

        Credentials back = snapshots.deserialize(snapshots.serialize(held, byte[].class));

        assertThat(back.countOn(TODAY, List.of(PRACTITIONER))).isEqualTo(held.countOn(TODAY, List.of(PRACTITIONER)))
                .isEqualTo(51);
        assertThat(back.countOn(TODAY, List.of(PRACTITIONER, ENGINEER))).isEqualTo(52);
        assertThat(back.holds("expired")).isTrue();
        assertThat(back.holds("withdrawn")).isFalse();
        assertThat(back.typeOf("never-expires")).contains(ENGINEER);
    }

    @Test
    void theSnapshotNamesEachDateOncePerGroupAndNoPerson() {
        Credentials held = new Credentials();
        for (int i = 0; i < 1_000; i++) {
            held.record("credential-" + i, PRACTITIONER, TODAY.plusYears(2));
        }

        SerializedObject<byte[]> snapshot = snapshots.serialize(held, byte[].class);
        String json = new String(snapshot.getData(), StandardCharsets.UTF_8);

        assertThat(json).containsOnlyOnce(TODAY.plusYears(2).toString()).containsOnlyOnce("PRACTITIONER")
                .doesNotContain("person");
        assertThat(snapshot.getData().length).as(json.substring(0, 200)).isLessThan(1_000 * 20);
    }

    @Test
    void theFirstRecordOfAnIdStands() {
        Credentials held = new Credentials();
        held.record("twice", PRACTITIONER, TODAY.minusDays(1));
        held.record("twice", ENGINEER, null);

        assertThat(held.typeOf("twice")).contains(PRACTITIONER);
        assertThat(held.countOn(TODAY, List.of(PRACTITIONER, ENGINEER))).isZero();
    }
}
