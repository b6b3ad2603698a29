package org.finops.certification.e2e;

import org.finops.certification.servers.AppProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An app's heap as the JVM itself reports it, through jcmd, after a full collection. */
final class Heap {
    private static final Pattern USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

    private Heap() {
    }

    /**
     * The least of three readings a second apart: {@code used} counts what the app allocated between the collection
     * and the reading (a background pass such as the transparency store check fills the young generation in that
     * moment), so one reading can show a heap that nothing retains.
     */
    static long usedAfterFullGc(AppProcess app) throws IOException, InterruptedException {
        long least = Long.MAX_VALUE;
        for (int reading = 0; reading < 3; reading++) {
            if (reading > 0) {
                Thread.sleep(1000);
            }
            least = Math.min(least, oneReading(app));
        }
        return least;
    }

    private static long oneReading(AppProcess app) throws IOException, InterruptedException {
        jcmd(app, "GC.run");
        jcmd(app, "GC.run");
        Matcher used = USED.matcher(jcmd(app, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said nothing of the heap's use");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String jcmd(AppProcess app, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(app.pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
