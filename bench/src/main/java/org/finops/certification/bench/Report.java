package org.finops.certification.bench;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results as a printed table, {@code summary.csv} ({@code metric,value}) and a bar chart. */
final class Report {
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<Warmup.Curve> curves = new ArrayList<>();

    void put(String metric, double value, String note) {
        metrics.put(metric, value);
        notes.put(metric, note);
        // the table is this program's output, read by whoever runs it, not a log line
        System.out.printf(Locale.ROOT, "  %-40s %14s   %s%n", metric, shown(value), note);
    }

    /** A phase's warm-up, listed in summary.md and drawn under the bars. */
    void curve(Warmup.Curve curve) {
        curves.add(curve);
        System.out.printf(Locale.ROOT, "  warm-up %-32s %s per second%n", curve.phase(), curve.rates().stream()
                .map(Report::shown).toList());
    }

    /** Ratios below one keep four decimals, so 0.011 does not print as 0.01. */
    private static String shown(double value) {
        return String.format(Locale.ROOT, Math.abs(value) < 1 ? "%.4f" : "%.2f", value);
    }

    void write(Path directory, String machine) throws IOException {
        Files.createDirectories(directory);
        StringBuilder csv = new StringBuilder("metric,value\n");
        metrics.forEach((metric, value) -> csv.append(metric).append(',')
                .append(shown(value)).append('\n'));
        Files.writeString(directory.resolve("summary.csv"), csv);
        StringBuilder table = new StringBuilder("metric | value | how\n--- | ---: | ---\n");
        metrics.forEach((metric, value) -> table.append(metric).append(" | ")
                .append(shown(value)).append(" | ").append(notes.get(metric)).append('\n'));
        StringBuilder warmUps = new StringBuilder("\nWarm-up, the rate of each 10 s window (at least 6) until the"
                + " last 3 were within 5 % of their mean and the JIT compilers quiet; the load runs on into the"
                + " measured phase:\n\n");
        curves.forEach(curve -> warmUps.append("- ").append(curve.phase()).append(": ")
                .append(String.join(", ", curve.rates().stream().map(Report::shown).toList())).append('\n'));
        Files.writeString(directory.resolve("summary.md"), "Run on " + machine + "\n\n" + table + warmUps);
        chart(directory.resolve("summary.png"));
    }

    private void chart(Path file) throws IOException {
        int width = 900;
        int rowHeight = 34;
        int curvesHeight = 40 + CURVE_HEIGHT * curves.size();
        BufferedImage image = new BufferedImage(width, 60 + rowHeight * metrics.size() + curvesHeight,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("FinOps certification service: benchmark (each bar relative to the largest of its unit)", 10, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double max = metrics.values().stream().mapToDouble(Math::abs).max().orElse(1);
        int y = 50;
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            double value = metric.getValue();
            double scale = metric.getKey().startsWith("ratio") ? 1.0 : max;
            int bar = (int) Math.max(2, Math.min(1, Math.abs(value) / (metric.getKey().startsWith("ratio")
                    ? Math.max(1, value) : scale)) * 400);
            g.setColor(new Color(70, 130, 180));
            g.fillRect(330, y, bar, rowHeight - 10);
            g.setColor(Color.BLACK);
            g.drawString(metric.getKey(), 10, y + 16);
            g.drawString(shown(value), 340 + bar, y + 16);
            y += rowHeight;
        }
        drawCurves(g, y + 20);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static final int CURVE_HEIGHT = 120;

    /** Each phase's warm-up as a line: window rates against time, scaled to the phase's highest rate. */
    private void drawCurves(Graphics2D g, int top) {
        g.setColor(Color.BLACK);
        g.drawString("warm-up: rate per 10 s window, until steady and the JIT compilers quiet", 10, top);
        int y = top + 20;
        for (Warmup.Curve curve : curves) {
            double max = curve.rates().stream().mapToDouble(Double::doubleValue).max().orElse(1);
            int step = 400 / Math.max(1, curve.rates().size() - 1);
            g.setColor(Color.BLACK);
            g.drawString(curve.phase(), 10, y + CURVE_HEIGHT / 2);
            g.drawRect(330, y, 400, CURVE_HEIGHT - 30);
            g.setColor(new Color(200, 80, 60));
            for (int i = 1; i < curve.rates().size(); i++) {
                g.drawLine(330 + (i - 1) * step, y + heightOf(curve.rates().get(i - 1), max),
                        330 + i * step, y + heightOf(curve.rates().get(i), max));
            }
            g.setColor(Color.BLACK);
            g.drawString(shown(max) + "/s", 740, y + 10);
            y += CURVE_HEIGHT;
        }
    }

    private static int heightOf(double rate, double max) {
        return (int) ((CURVE_HEIGHT - 30) * (1 - rate / max));
    }
}
