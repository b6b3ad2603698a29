package org.finops.certification.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository explains itself: every Markdown link of its documents resolves to a file (and heading) inside it,
 * so a fresh clone read without anything beside it has every page it points to.
 */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "data", "node_modules", ".mvn");

    @Test
    void everyLinkOfEveryDocumentResolvesInsideTheRepository() throws IOException {
        Path root = Path.of("..").toRealPath();
        List<Path> documents = documents(root);
        assertThat(documents).extracting(document -> root.relativize(document).toString())
                .contains("README.md", "CONTRIBUTING.md", "CHANGELOG.md", "docs/domain.md", "docs/contract.md",
                        "docs/architecture.md", "docs/operations.md");

        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            for (String target : linksOf(document)) {
                String problem = problemOf(root, document, target);
                if (problem != null) {
                    broken.add(root.relativize(document) + ": " + target + " " + problem);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theReadmeLinksOnlyIntoTheRepository() throws IOException {
        List<String> links = linksOf(Path.of("..", "README.md"));
        assertThat(links).isNotEmpty().noneMatch(link -> link.matches("[a-z]+:.*"));
    }

    /** Null when the link resolves: a file inside the repository, and the heading its fragment names. */
    private static String problemOf(Path root, Path document, String target) throws IOException {
        if (target.matches("[a-z]+:.*")) {
            return null; // a web address: not the repository's to resolve
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!resolved.startsWith(root)) {
            return "leaves the repository";
        }
        if (!Files.exists(resolved)) {
            return "names no file";
        }
        if (hash >= 0 && resolved.toString().endsWith(".md")
                && !anchorsOf(resolved).contains(target.substring(hash + 1))) {
            return "names no heading of " + root.relativize(resolved);
        }
        return null;
    }

    private static List<Path> documents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> outsideSkippedDirectories(root.relativize(file))).sorted().toList();
        }
    }

    private static boolean outsideSkippedDirectories(Path relative) {
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    /** The links of a document's prose. */
    private static List<String> linksOf(Path document) throws IOException {
        List<String> links = new ArrayList<>();
        for (String line : proseOf(document)) {
            Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static Set<String> anchorsOf(Path document) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : proseOf(document)) {
            if (line.matches("#{1,6} .*")) {
                String anchor = line.replaceFirst("#+ ", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String unique = anchor;
                for (int repeat = 1; !anchors.add(unique); repeat++) {
                    unique = anchor + "-" + repeat;
                }
            }
        }
        return anchors;
    }

    /** The lines outside code blocks: a code block's brackets and hashes are examples, not links or headings. */
    private static List<String> proseOf(Path document) throws IOException {
        List<String> prose = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(document)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode) {
                prose.add(line);
            }
        }
        return prose;
    }
}
