package org.finops.certification.command.imports;

import java.time.Instant;
import java.util.Map;

/** An import as it stands: its rows counted by outcome. */
record ImportSummary(String importId, String memberId, ImportState state, int rows, Map<ImportOutcome, Integer> counted,
                     Instant createdAt, Instant finishedAt) {

    int count(ImportOutcome outcome) {
        return counted.getOrDefault(outcome, 0);
    }

    /** The share of the rows settled: a dry run has recorded nothing yet, so it stands at 0 until it is run. */
    double progress() {
        if (state == ImportState.DONE || rows == 0) {
            return 1;
        }
        return state == ImportState.VALIDATED ? 0 : (double) (rows - count(ImportOutcome.VALID)) / rows;
    }
}
