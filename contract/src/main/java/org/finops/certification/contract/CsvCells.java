package org.finops.certification.contract;

/**
 * A cell of the CSV files the services write (the audit export, an import's report): RFC 4180 quoting, and a cell
 * that a spreadsheet would run as a formula kept as text.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String of(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        String escaped = value.replace("\"", "\"\"");
        // a leading =, +, -, @, tab or carriage return starts a formula in the common spreadsheets (OWASP)
        if (!escaped.isEmpty() && "=+-@\t\r".indexOf(escaped.charAt(0)) >= 0) {
            escaped = "'" + escaped;
            quote = true;
        }
        return quote ? "\"" + escaped + "\"" : escaped;
    }
}
