package org.finops.certification.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every value in this repository's text that could be an HS256 secret: a string of 32 or more characters on a line
 * that speaks of a secret. Whoever reads the repository knows them, so no deployment may accept what they sign.
 */
final class RepositorySecrets {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SECRET_LINE = Pattern.compile("(?i)secret");
    private static final Pattern CANDIDATE = Pattern.compile("[A-Za-z0-9_\\-!@#$%^&*+=./~]{32,}");
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "data", "screenshots");

    private RepositorySecrets() {
    }

    static List<String> all() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(file -> ROOT.relativize(file).toString().isEmpty()
                            || SKIPPED.stream().noneMatch(skipped -> ROOT.relativize(file).toString()
                            .matches("(.*/)?" + Pattern.quote(skipped) + "(/.*)?")))
                    .filter(Files::isRegularFile)
                    .forEach(file -> lines(file).filter(line -> SECRET_LINE.matcher(line).find()).forEach(line -> {
                        Matcher candidate = CANDIDATE.matcher(line);
                        while (candidate.find()) {
                            found.add(candidate.group());
                        }
                    }));
        }
        return List.copyOf(found);
    }

    private static Stream<String> lines(Path file) {
        try {
            if (Files.size(file) > 1_000_000) {
                return Stream.empty();
            }
            return Files.readAllLines(file).stream();
        } catch (MalformedInputException binary) {
            return Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
