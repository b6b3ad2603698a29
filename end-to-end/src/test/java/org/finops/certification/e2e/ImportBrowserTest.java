package org.finops.certification.e2e;

import org.finops.certification.contract.CsvRecords;
import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Api;
import org.finops.certification.testing.ImportFiles;
import org.finops.certification.testing.LifecycleClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member imports its people's certifications from a file in Chromium: a file with a wrong header is refused with
 * its problem in words; the right one's dry run shows the report as a table, refused rows first; "record the valid
 * rows" shows the progress, then the import done, and the report downloads. The pages pass axe-core.
 */
class ImportBrowserTest {
    private static final int GOOD_ROWS = 3_000;

    @Test
    void aMemberUploadsAFileSeesItsReportThenTheProgressAndDownloadsTheReport() throws Exception {
        try (Stack stack = Stack.start("PT1M", 1)) {
            String memberId = "importer-" + UUID.randomUUID().toString().substring(0, 6);
            LifecycleClient lifecycle = new LifecycleClient(new Api(stack.commandSide.port())::post,
                    LifecycleClient.SHIPPED_CAPABILITIES);
            assertThat(lifecycle.register(memberId, "Importer Ltd", "5000_PLUS").status()).isEqualTo(201);
            List<String> held = ImportFiles.heldElsewhere(lifecycle, memberId);
            Path file = Files.createTempFile("people", ".csv");
            Files.writeString(file, ImportFiles.withTwentyBadRows(memberId, GOOD_ROWS, held).csv());
            Path wrong = Files.createTempFile("wrong", ".csv");
            Files.writeString(wrong, "name,credential\r\nAna,FCP-1\r\n");
            List<String> inaccessible = new ArrayList<>();
            AppProcess console = stack.console();
            try (Browser browser = new Browser(console.port())) {
                browser.signIn("member", memberId, "Mia Chen");
                browser.open("/member");
                browser.click("import-credentials");
                inaccessible.addAll(browser.accessibilityViolations());
                browser.attach("file", wrong);
                browser.click("check-file");
                assertThat(browser.awaitText("file-problems")).contains("header: must be personId,type,credentialId")
                        .doesNotContain("Exception");

                browser.attach("file", file);
                browser.click("check-file");
                assertThat(browser.awaitText("import-checked")).contains("nothing is recorded yet");
                assertThat(browser.text("import-valid")).isEqualTo(String.valueOf(GOOD_ROWS));
                assertThat(browser.text("import-refused")).isEqualTo("20");
                assertThat(browser.count("#import-report tr.refused")).as("each bad row, first").isEqualTo(20);
                assertThat(browser.textOf("#import-report tbody tr:first-child td.problems")).isNotBlank();
                assertThat(browser.page()).contains("already counted for another organisation",
                        "type: 'SORCERER' is not one of");
                inaccessible.addAll(browser.accessibilityViolations());
                browser.screenshot(Path.of("..", "docs", "screenshots", "import-report.png"));

                browser.click("run-import");
                assertThat(browser.awaitText("import-running")).as("the progress while it runs").contains("Recording");
                assertThat(browser.attribute("import-progress", "max")).isEqualTo("100");
                inaccessible.addAll(browser.accessibilityViolations());
                assertThat(browser.awaitText("import-done")).contains("done");
                assertThat(browser.text("import-recorded")).isEqualTo(String.valueOf(GOOD_ROWS));

                HttpResponse<String> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        browser.attribute("report-download", "href"))).header("Cookie", browser.cookies()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(report.statusCode()).isEqualTo(200);
                List<List<String>> rows = CsvRecords.parse(report.body());
                assertThat(rows.getFirst()).containsExactly("row", "credentialId", "outcome", "problems");
                assertThat(rows.stream().filter(r -> r.get(2).equals("RECORDED")).count()).isEqualTo(GOOD_ROWS);
                assertThat(rows).anyMatch(r -> r.get(1).equals("'=1+2") && r.get(2).equals("REFUSED"));

                browser.open("/imports/upload");
                assertThat(browser.text("latest-imports")).as("the import is found again later").contains("DONE",
                        String.valueOf(GOOD_ROWS));
                browser.signOut();

                browser.signIn("staff", null, "Ana Staff");
                browser.open("/staff/members?q=" + memberId);
                String upload = browser.linkInRowWith("members", "Importer Ltd", "import").orElseThrow();
                browser.open(upload.substring(upload.indexOf("/imports")));
                assertThat(browser.attribute("memberId", "value")).as("staff import for the member they chose")
                        .isEqualTo(memberId);
                assertThat(browser.text("latest-imports")).contains("DONE");
            }
            assertThat(inaccessible).as("serious or critical axe-core violations").isEmpty();
        }
    }
}
