package org.finops.certification.query.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SSRF: a webhook may not point inside the network, whatever name or form the address takes. */
class TargetSafetyTest {
    private final TargetSafety production = new TargetSafety(false);

    @Test
    void loopbackPrivateLinkLocalAndMetadataAddressesAreRefused() {
        for (String url : new String[]{"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/",
                "https://172.20.0.1/", "https://192.168.1.10/", "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook", "https://[fd00::1]/", "https://[::ffff:10.0.0.1]/", "https://0.0.0.0/",
                "https://100.64.0.1/"}) {
            assertThat(production.problemWith(url)).as(url).isPresent();
        }
    }

    @Test
    void onlyAbsoluteHttpsUrlsWithoutCredentialsArePassedOn() {
        assertThat(production.problemWith("http://93.184.216.34/hook")).contains("must use https");
        assertThat(production.problemWith("ftp://93.184.216.34/")).isPresent();
        assertThat(production.problemWith("not a url")).isPresent();
        assertThat(production.problemWith("https://user:pw@93.184.216.34/")).isPresent();
        assertThat(production.problemWith("https://93.184.216.34/hook")).isEmpty();
        assertThat(new TargetSafety(true).problemWith("http://127.0.0.1:8080/hook")).as("local stack and tests")
                .isEmpty();
    }
}
