package org.finops.certification.console.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem+json answer in words: the detail at the top, each field's message next to the field that holds it. */
class ProblemTest {
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyFieldsProblemLandsNextToTheFieldThatHoldsIt() {
        Problem problem = new Reply(400, json.readTree("""
                {"title": "Bad Request", "status": 400, "code": "INVALID_INPUT", "detail": "the request is invalid",
                 "errors": [{"field": "offering.url", "message": "must be an https URL"},
                            {"field": "capabilities[1].evidenceUrl", "message": "must not be null"},
                            {"field": "capabilities[2].capabilityId", "message": "unknown capability"}]}
                """), null, false).problem();

        assertThat(problem.message()).isEqualTo("The request is invalid.");
        assertThat(problem.about("offering.url")).isEqualTo("must be an https URL");
        assertThat(problem.about("offering")).isEqualTo(".url: must be an https URL");
        assertThat(problem.about("capabilities"))
                .isEqualTo("[1].evidenceUrl: must not be null; [2].capabilityId: unknown capability");
        assertThat(problem.about("focus")).isNull();
    }

    @Test
    void aRefusalNamesWhatIsMissingAndAnAnswerWithoutABodyStillHasWords() {
        Problem refusal = new Reply(422, json.readTree("""
                {"status": 422, "code": "REQUIREMENTS_NOT_MET", "detail": "the requirements are not met",
                 "missing": [{"requirement": "PRACTITIONER", "required": 5, "held": 3},
                             {"requirement": "FOCUS_CRITERIA", "required": 1, "held": 0}]}
                """), null, false).problem();
        assertThat(refusal.message()).isEqualTo("The requirements are not met. Missing: PRACTITIONER (3 of 5),"
                + " FOCUS_CRITERIA (0 of 1).");
        assertThat(refusal.code()).isEqualTo("REQUIREMENTS_NOT_MET");

        assertThat(new Reply(503, null, null, false).problem().message()).contains("briefly unavailable");
        assertThat(new Reply(201, null, 7L, false).problem()).isNull();
    }
}
