package org.finops.certification.console.audit;

import org.finops.certification.contract.ApiPaths;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The auditor's filters as the page takes them (dates, inclusive, in UTC) and as the query API takes them
 * (instants, {@code to} exclusive). An unreadable date is reported, not ignored.
 */
public record TrailFilter(String memberId, String certificationId, String actor, String from, String to) {

    String query(int page, int size) {
        return filtered().queryParam("page", page).queryParam("size", size).encode().build().toUriString();
    }

    /** The page after {@code cursor} (empty: the first), read from the API's cursor: nothing is counted. */
    String after(String cursor, int size) {
        return filtered().queryParam("after", cursor).queryParam("size", size).encode().build().toUriString();
    }

    private UriComponentsBuilder filtered() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(ApiPaths.AUDIT);
        add(uri, "memberId", memberId);
        add(uri, "certificationId", certificationId);
        add(uri, "actor", actor);
        add(uri, "from", day(from) == null ? null : day(from).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        add(uri, "to", day(to) == null ? null : day(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                .toString());
        return uri;
    }

    /** The same filters for a link (the CSV export, the next page). */
    public String parameters() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "memberId", memberId);
        add(uri, "certificationId", certificationId);
        add(uri, "actor", actor);
        add(uri, "from", from);
        add(uri, "to", to);
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    /** What is wrong with the dates, in words; null when they can be read. */
    String problem() {
        for (String date : new String[]{from, to}) {
            if (date != null && !date.isBlank()) {
                try {
                    LocalDate.parse(date.strip());
                } catch (DateTimeParseException e) {
                    return "Dates are written as 2026-03-01; \"" + date + "\" is not one.";
                }
            }
        }
        return null;
    }

    private static LocalDate day(String date) {
        return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }
}
