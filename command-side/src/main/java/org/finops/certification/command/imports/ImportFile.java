package org.finops.certification.command.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.finops.certification.contract.Requests;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.support.web.InvalidRequest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An uploaded file of individual certifications, read whole: a file that cannot be read as one (not UTF-8 text, a
 * header that is not the five columns, too many rows) is refused with every such problem at once; otherwise each
 * row is checked by the same rules as one credential recorded over the API ({@link Requests.RecordCredential}),
 * and a credential id met twice in the file is refused after its first line.
 */
final class ImportFile {
    static final List<String> COLUMNS = List.of("personId", "type", "credentialId", "issuedOn", "expiresOn");
    static final int MAX_ROWS = 5_000;
    private static final String TYPES = Arrays.stream(IndividualCertificationType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).get();

    private ImportFile() {
    }

    /** @throws InvalidRequest when the file as a whole cannot be imported */
    static List<ImportRow> rowsOf(byte[] body, Validator validator) {
        String text = utf8(body);
        List<ImportRow> rows = new ArrayList<>();
        Map<String, String> fileProblems = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Lines lines = new Lines(text);
            List<String> header = null;
            for (CSVRecord record : parser) {
                int line = lines.ofRecordAt(record.getCharacterPosition());
                if (header == null) {
                    header = record.toList();
                    headerProblem(header).ifPresent(problem -> fileProblems.put("header", problem));
                } else if (rows.size() < MAX_ROWS) {
                    rows.add(row(line, record.toList(), validator));
                } else {
                    fileProblems.put("rows", "a file may carry at most " + MAX_ROWS + " rows");
                    break;
                }
            }
            if (header == null) {
                fileProblems.put("header", "is missing: the first line must be " + String.join(",", COLUMNS));
            } else if (rows.isEmpty() && !fileProblems.containsKey("header")) {
                fileProblems.put("rows", "the file has no row after its header");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            // commons-csv reports a quote left open at the end of the file this way
            fileProblems.put("body", "is not CSV: " + unreadable.getMessage());
        }
        if (!fileProblems.isEmpty()) {
            throw new InvalidRequest(fileProblems);
        }
        return withoutRepeats(rows);
    }

    /** Where each line of the text starts, to name the line a record starts on (a quoted cell may span lines). */
    private static final class Lines {
        private final int[] starts;
        private final String text;

        Lines(String text) {
            this.text = text;
            starts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n')
                            .map(i -> i + 1)).toArray();
        }

        /** The parser gives where it began to read a record, before the empty lines it passed over. */
        int ofRecordAt(long characterPosition) {
            int start = Math.toIntExact(characterPosition);
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++;
            }
            int found = Arrays.binarySearch(starts, start);
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            // a spreadsheet saving "CSV UTF-8" starts the file with a byte order mark
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidRequest("body", "is not UTF-8 text");
        }
    }

    private static Optional<String> headerProblem(List<String> header) {
        if (header.equals(COLUMNS)) {
            return Optional.empty();
        }
        Set<String> missing = new LinkedHashSet<>(COLUMNS);
        header.forEach(missing::remove);
        Set<String> unknown = new LinkedHashSet<>(header);
        COLUMNS.forEach(unknown::remove);
        List<String> said = new ArrayList<>();
        if (!missing.isEmpty()) {
            said.add("lacks " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            said.add("has unknown column(s) " + String.join(", ", unknown));
        }
        if (said.isEmpty()) {
            said.add("has its columns out of order or twice");
        }
        return Optional.of("must be " + String.join(",", COLUMNS) + "; this one " + String.join(" and ", said));
    }

    private static ImportRow row(int line, List<String> cells, Validator validator) {
        if (cells.size() != COLUMNS.size()) {
            return new ImportRow(line, cells.size() > 2 ? cells.get(2) : "", cells.isEmpty() ? "" : cells.getFirst(),
                    null, List.of("row: has " + cells.size() + " cells where the header has " + COLUMNS.size()));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String personId = cells.get(0);
        String credentialId = cells.get(2);
        IndividualCertificationType type = type(cells.get(1), problems);
        LocalDate issuedOn = date("issuedOn", cells.get(3), true, problems);
        LocalDate expiresOn = date("expiresOn", cells.get(4), false, problems);
        var credential = new Requests.RecordCredential(personId, type, credentialId, issuedOn, expiresOn);
        for (ConstraintViolation<Requests.RecordCredential> violation : validator.validate(credential)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        credential.expiryProblem().ifPresent(problem -> problems.putIfAbsent("expiresOn", problem));
        List<String> said = COLUMNS.stream().filter(problems::containsKey)
                .map(column -> column + ": " + problems.get(column)).toList();
        return new ImportRow(line, credentialId, personId, said.isEmpty() ? credential : null, said);
    }

    private static IndividualCertificationType type(String cell, Map<String, String> problems) {
        if (cell.isEmpty()) {
            problems.put("type", "is required");
            return null;
        }
        try {
            return IndividualCertificationType.valueOf(cell);
        } catch (IllegalArgumentException unknown) {
            problems.put("type", "'" + cell + "' is not one of " + TYPES);
            return null;
        }
    }

    private static LocalDate date(String column, String cell, boolean required, Map<String, String> problems) {
        if (cell.isEmpty()) {
            if (required) {
                problems.put(column, "is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException notADate) {
            problems.put(column, "'" + cell + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A credential id met again in the file is refused there: the first line holding it is the one recorded. */
    private static List<ImportRow> withoutRepeats(List<ImportRow> rows) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportRow> checked = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            Integer first = row.credentialId().isEmpty() ? null : firstLine.putIfAbsent(row.credentialId(), row.line());
            checked.add(first == null ? row : row.refused("credentialId: already on line " + first + " of this file"));
        }
        return checked;
    }
}
