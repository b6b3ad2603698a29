package org.finops.certification.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk import files of individual certifications as a member would upload them: good rows, and twenty bad rows of
 * different kinds spread through the file, each with the columns its problems must name.
 */
public final class ImportFiles {
    public static final String HEADER = "personId,type,credentialId,issuedOn,expiresOn";
    private static final String[] TYPES = {"PRACTITIONER", "ENGINEER", "PROFESSIONAL", "FOCUS_ANALYST"};

    private ImportFiles() {
    }

    /**
     * @param csv          the file, CRLF line ends as a spreadsheet writes them
     * @param goodIds      the credential ids of the good rows, in file order
     * @param badLines     each bad row's line with the columns its problems name
     */
    public record File(String csv, List<String> goodIds, Map<Integer, List<String>> badLines) {
        public int rows() {
            return goodIds.size() + badLines.size();
        }
    }

    /**
     * Registers another organisation, {@code <memberId>-other}, holding two credentials: a file of
     * {@link #withTwentyBadRows} names them, and an import must refuse them.
     *
     * @return their ids
     */
    public static List<String> heldElsewhere(LifecycleClient lifecycle, String memberId) {
        String elsewhere = memberId + "-other";
        require(lifecycle.register(elsewhere, "Other Ltd", "LT_100"), 201);
        List<String> held = List.of(elsewhere + "-1", elsewhere + "-2");
        held.forEach(id -> require(lifecycle.recordCredential(elsewhere, id, "someone", "ENGINEER"), 201));
        return held;
    }

    private static void require(Api.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply);
        }
    }

    /** Only good rows. */
    public static File good(String prefix, int rows) {
        return withBadRows(prefix, rows, List.of(), false);
    }

    /**
     * {@code good} good rows and twenty bad ones (two of them credentials counted for another organisation, given),
     * among them one of formula-looking person and one whose person has a comma.
     */
    public static File withTwentyBadRows(String prefix, int good, List<String> heldElsewhere) {
        if (heldElsewhere.size() != 2) {
            throw new IllegalArgumentException("two credentials held by another organisation");
        }
        return withBadRows(prefix, good, heldElsewhere, true);
    }

    private static File withBadRows(String prefix, int good, List<String> heldElsewhere, boolean bad) {
        List<String[]> badRows = bad ? badRows(prefix, heldElsewhere) : List.of();
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        List<String> goodIds = new ArrayList<>();
        Map<Integer, List<String>> badLines = new LinkedHashMap<>();
        int spacing = Math.max(1, good / Math.max(1, badRows.size()));
        int line = 1;
        int nextBad = 0;
        for (int i = 0; i < good; i++) {
            if (nextBad < badRows.size() && i > 0 && i % spacing == 0) {
                line = badRow(csv, badRows.get(nextBad++), ++line, badLines);
            }
            String id = prefix + "-" + i;
            String person = switch (i) {
                case 1 -> "=cmd|' /C calc'!A0";
                case 2 -> "\"Doe, Jane\"";
                default -> "person-" + i;
            };
            LocalDate issued = LocalDate.of(2025, 1, 1).plusDays(i % 300);
            csv.append(person).append(',').append(TYPES[i % TYPES.length]).append(',').append(id).append(',')
                    .append(issued).append(',').append(i % 3 == 0 ? "" : issued.plusYears(2)).append("\r\n");
            goodIds.add(id);
            line++;
        }
        while (nextBad < badRows.size()) {
            line = badRow(csv, badRows.get(nextBad++), ++line, badLines);
        }
        return new File(csv.toString(), goodIds, badLines);
    }

    private static int badRow(StringBuilder csv, String[] row, int line, Map<Integer, List<String>> badLines) {
        csv.append(row[0]).append("\r\n");
        badLines.put(line, List.of(row[1].split(" ")));
        return line;
    }

    /** The row, then the columns its problems name. */
    private static List<String[]> badRows(String prefix, List<String> heldElsewhere) {
        String taken = prefix + "-0";
        return List.of(
                new String[]{"p,SORCERER," + prefix + "-b1,2025-01-01,", "type"},
                new String[]{"p,practitioner," + prefix + "-b2,2025-01-01,", "type"},
                new String[]{"p,,"+ prefix + "-b3,2025-01-01,", "type"},
                new String[]{"p,ENGINEER," + prefix + "-b4,2025-13-01,", "issuedOn"},
                new String[]{"p,ENGINEER," + prefix + "-b5,01/02/2025,", "issuedOn"},
                new String[]{"p,ENGINEER," + prefix + "-b6,,2027-01-01", "issuedOn"},
                new String[]{"p,ENGINEER," + prefix + "-b7,2025-01-01,2024-12-31", "expiresOn"},
                new String[]{"p,ENGINEER," + prefix + "-b8,2025-01-01,never", "expiresOn"},
                new String[]{"p,ENGINEER,=1+2,2025-01-01,", "credentialId"},
                new String[]{"p,ENGINEER,,2025-01-01,", "credentialId"},
                new String[]{"p,ENGINEER,has space,2025-01-01,", "credentialId"},
                new String[]{"," + "ENGINEER," + prefix + "-b12,2025-01-01,", "personId"},
                new String[]{"x".repeat(256) + ",ENGINEER," + prefix + "-b13,2025-01-01,", "personId"},
                new String[]{"p,ENGINEER," + prefix + "-b14,2025-01-01", "row"},
                new String[]{"p,ENGINEER," + taken + ",2025-01-01,", "credentialId"},
                new String[]{"q,PRACTITIONER," + taken + ",2025-02-01,", "credentialId"},
                new String[]{"p,ENGINEER," + heldElsewhere.get(0) + ",2025-01-01,", "credentialId"},
                new String[]{"p,ENGINEER," + heldElsewhere.get(1) + ",2025-01-01,", "credentialId"},
                new String[]{"p,WIZARD,a b,someday,", "type issuedOn credentialId"},
                new String[]{",ENGINEER," + prefix + "-b20,2025-01-01,2020-01-01", "personId expiresOn"});
    }
}
