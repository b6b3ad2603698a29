package org.finops.certification.events;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration of a policy with both a calendar part and a clock part ({@code P12M}, {@code P90D}, {@code PT3M},
 * {@code P1DT12H}): {@link Period} cannot read {@code PT3M} and {@link Duration} cannot read {@code P12M}, and the
 * policy needs both so that a test policy can run a whole lifecycle in minutes.
 */
public record IsoDuration(String text, Period calendar, Duration clock) {
    private static final Pattern SHAPE = Pattern.compile("P([0-9YMWD]*)(T[0-9HMS.]+)?");

    public static IsoDuration parse(String text) {
        Matcher matcher = text == null ? null : SHAPE.matcher(text);
        if (matcher == null || !matcher.matches() || text.equals("P") || text.endsWith("T")) {
            throw new IllegalArgumentException("not an ISO-8601 duration: " + text);
        }
        try {
            Period calendar = matcher.group(1).isEmpty() ? Period.ZERO : Period.parse("P" + matcher.group(1));
            Duration clock = matcher.group(2) == null ? Duration.ZERO : Duration.parse("P" + matcher.group(2));
            if (calendar.isNegative() || clock.isNegative() || (calendar.isZero() && clock.isZero())) {
                throw new IllegalArgumentException("a policy duration must be positive: " + text);
            }
            return new IsoDuration(text, calendar, clock);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration: " + text, e);
        }
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Instant after(Instant start) {
        return start.atZone(ZoneOffset.UTC).plus(calendar).plus(clock).toInstant();
    }

    public Instant before(Instant end) {
        return end.atZone(ZoneOffset.UTC).minus(calendar).minus(clock).toInstant();
    }

    @Override
    public String toString() {
        return text;
    }
}
