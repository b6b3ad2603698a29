package org.finops.certification.command.imports;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.finops.certification.support.web.InvalidRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFileTest {
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aRowIsNamedByTheLineItStartsOnWhateverCellsSpanLinesOrLinesAreEmpty() {
        String csv = "\uFEFFpersonId,type,credentialId,issuedOn,expiresOn\r\n"
                + "\"Jane\nDoe\",ENGINEER,c-1,2025-01-01,\r\n"
                + "\r\n"
                + "bob , PRACTITIONER , c-2 , 2025-02-01 , 2027-02-01\r\n"
                + "eve,WIZARD,c-3,2025-01-01,";
        List<ImportRow> rows = ImportFile.rowsOf(csv.getBytes(StandardCharsets.UTF_8), validator);

        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 5, 6);
        assertThat(rows.get(0).credential().personId()).isEqualTo("Jane\nDoe");
        assertThat(rows.get(1).valid()).as("spaces around cells are not part of them").isTrue();
        assertThat(rows.get(2).problems()).containsExactly(
                "type: 'WIZARD' is not one of PRACTITIONER, ENGINEER, PROFESSIONAL, FOCUS_ANALYST");
    }

    @Test
    void aCredentialIdMetAgainIsRefusedAfterItsFirstLine() {
        String csv = "personId,type,credentialId,issuedOn,expiresOn\na,ENGINEER,c-1,2025-01-01,\n"
                + "b,ENGINEER,c-1,2025-01-01,\n";
        List<ImportRow> rows = ImportFile.rowsOf(csv.getBytes(StandardCharsets.UTF_8), validator);

        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).problems()).containsExactly("credentialId: already on line 2 of this file");
    }

    @Test
    void aFileOfNoRowsOrAnOpenQuoteIsRefusedWhole() {
        assertThatThrownBy(() -> ImportFile.rowsOf(new byte[0], validator)).isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).fieldErrors()).asString().contains("header=is missing");
        assertThatThrownBy(() -> ImportFile.rowsOf("personId,type,credentialId,issuedOn,expiresOn\r\n"
                .getBytes(StandardCharsets.UTF_8), validator)).isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).fieldErrors().keySet()).asString().contains("rows");
        assertThatThrownBy(() -> ImportFile.rowsOf("personId,type,credentialId,issuedOn,expiresOn\r\n\"a,ENGINEER"
                .getBytes(StandardCharsets.UTF_8), validator)).isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).fieldErrors().keySet()).asString().contains("body");
    }
}
