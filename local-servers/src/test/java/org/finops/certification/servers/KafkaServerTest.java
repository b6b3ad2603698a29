package org.finops.certification.servers;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaServerTest {

    /** A cluster id starting with '-' made kafka-storage format fail, once in 64 starts. */
    @Test
    void clusterIdsNeverLookLikeAnOption() {
        IntStream.range(0, 5_000).mapToObj(i -> KafkaServer.base64Uuid()).forEach(id -> {
            assertThat(id).hasSize(22).doesNotStartWith("-");
        });
    }
}
