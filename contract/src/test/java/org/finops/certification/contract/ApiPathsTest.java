package org.finops.certification.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiPathsTest {

    @Test
    void anIdIsOneSegmentWhateverItHoldsSoItNeverBecomesMorePathOrAnotherParameter() {
        assertThat(ApiPaths.credential("acme", "FCP/12 ?x=1#y"))
                .isEqualTo("/api/v1/members/acme/individual-certifications/FCP%2F12%20%3Fx%3D1%23y");
        assertThat(ApiPaths.decision("../members", ApiPaths.Decision.APPROVE))
                .isEqualTo("/api/v1/applications/..%2Fmembers/approve");
        assertThat(ApiPaths.certification("é")).isEqualTo("/api/v1/certifications/%C3%A9");
    }

    @Test
    void aQueryLeavesOutParametersWithoutAValueAndEncodesTheOthers() {
        assertThat(ApiPaths.query(ApiPaths.MEMBERS).param("q", "Acme & Co").param("type", null).param("page", 2)
                .toString()).isEqualTo("/api/v1/members?q=Acme%20%26%20Co&page=2");
        assertThat(ApiPaths.query(ApiPaths.DIRECTORY).param("type", " ").toString()).isEqualTo("/api/v1/directory");
    }
}
