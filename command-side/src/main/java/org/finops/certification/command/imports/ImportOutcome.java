package org.finops.certification.command.imports;

/** What became of a row: VALID rows wait to be recorded; the other three are final. */
enum ImportOutcome {
    VALID, REFUSED, RECORDED, ALREADY_RECORDED;

    /**
     * The outcome as a report says it: before the import runs, a row already recorded is VALID (nothing is wrong
     * with it; its problems cell says it will not be recorded again).
     */
    ImportOutcome reportedIn(ImportState state) {
        return state == ImportState.VALIDATED && this == ALREADY_RECORDED ? VALID : this;
    }
}
