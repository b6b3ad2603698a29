package org.finops.certification.command.imports;

import org.finops.certification.contract.Requests;

import java.util.List;
import java.util.stream.Stream;

/**
 * One row of an import file: its line (the header is line 1), the credential and person ids as the file gave them,
 * the credential to record when the row is valid, and every problem found in it, each naming its column.
 */
record ImportRow(int line, String credentialId, String personId, Requests.RecordCredential credential,
                 List<String> problems) {

    ImportRow {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (credential == null)) {
            throw new IllegalArgumentException("a row is either a credential or its problems");
        }
    }

    boolean valid() {
        return problems.isEmpty();
    }

    ImportRow refused(String problem) {
        return new ImportRow(line, credentialId, personId, null,
                Stream.concat(problems.stream(), Stream.of(problem)).toList());
    }
}
