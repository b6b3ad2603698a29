package org.finops.certification.console.member;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The form as people fill it in becomes the command API's application body, one claim per line. */
class ApplicationFormTest {

    @Test
    void linesBecomeClaimsAndTheBodyFollowsTheType() {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("type", "PLATFORM");
        params.add("offering.name", "Cost Cloud");
        params.add("offering.url", " https://x.example/p ");
        params.add("offering.openSource", "on");
        params.add("capabilities", "allocation https://x.example/a\n\n  forecasting   https://x.example/f \nbudgeting");
        params.add("focus.version", "1.2");
        params.add("focus.modes", "IMPORT");
        params.add("focus.modes", "EXPORT");
        params.add("community", "WORKING_GROUP https://x.example/wg");

        Map<String, Object> body = ApplicationForm.of(params).body("acme", false);

        assertThat(body).containsEntry("memberId", "acme").containsEntry("type", "PLATFORM");
        assertThat(body.get("offering")).isEqualTo(Map.of("name", "Cost Cloud", "url", "https://x.example/p",
                "openSource", true, "foundingMaintainer", false));
        Map<String, String> withoutEvidence = new HashMap<>();
        withoutEvidence.put("capabilityId", "budgeting");
        withoutEvidence.put("evidenceUrl", null);
        assertThat(body.get("capabilities")).as("blank lines skipped; a missing URL left for the API to name")
                .isEqualTo(List.of(Map.of("capabilityId", "allocation", "evidenceUrl", "https://x.example/a"),
                        Map.of("capabilityId", "forecasting", "evidenceUrl", "https://x.example/f"), withoutEvidence));
        Map<String, Object> focus = new HashMap<>();
        focus.put("version", "1.2");
        focus.put("modes", List.of("IMPORT", "EXPORT"));
        focus.put("referenceUrl", null);
        assertThat(body.get("focus")).isEqualTo(focus);
        assertThat(ApplicationForm.of(params).body("acme", true)).as("a renewal names neither member nor type")
                .doesNotContainKeys("memberId", "type");
    }
}
