package org.finops.certification.command.imports;

/** What became of a row: VALID rows wait to be recorded; the other three are final. */
enum ImportOutcome {
    VALID, REFUSED, RECORDED, ALREADY_RECORDED
}
