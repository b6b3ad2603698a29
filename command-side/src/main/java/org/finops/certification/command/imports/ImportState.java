package org.finops.certification.command.imports;

/** VALIDATED after a dry run (nothing recorded until it is run), RUNNING while rows are recorded, then DONE. */
enum ImportState {
    VALIDATED, RUNNING, DONE
}
