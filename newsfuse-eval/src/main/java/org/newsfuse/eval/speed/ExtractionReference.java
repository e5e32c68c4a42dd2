package org.newsfuse.eval.speed;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsfuse.clean.html.CharsetSniffer;
import org.newsfuse.eval.extraction.Extractor;
import org.newsfuse.eval.extraction.LivePeers;
import org.newsfuse.pipeline.StageTimes;

/**
 * The reference line of {@code eval speed}: main-text extraction alone, by newsfuse's extractor,
 * readability4j and boilerpipe, on the same unpacked pages, on one thread, interleaved page by page
 * (the order rotating) so that load on the machine slows them alike, after a warm-up pass over the
 * first {@value #WARM_UP} pages. Reported as CPU and wall time per page and pages per second of one core.
 */
final class ExtractionReference {
    static final int WARM_UP = 200;

    private ExtractionReference() {
    }

    static String measure(Path folder, String set) throws IOException {
        List<String> pages = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            pages.add(CharsetSniffer.decode(Files.readAllBytes(f), null));
        }
        List<Extractor> xs = List.of(LivePeers.newsfuse(), LivePeers.readability4j(), LivePeers.boilerpipe());
        for (int i = 0; i < Math.min(WARM_UP, pages.size()); i++) {
            for (Extractor x : xs) {
                safe(x, pages.get(i));
            }
        }
        long[] wall = new long[xs.size()];
        long[] cpu = new long[xs.size()];
        for (int i = 0; i < pages.size(); i++) {
            for (int j = 0; j < xs.size(); j++) {
                int k = (i + j) % xs.size();
                long t0 = System.nanoTime();
                long c0 = StageTimes.cpuNow();
                safe(xs.get(k), pages.get(i));
                cpu[k] += StageTimes.cpuNow() - c0;
                wall[k] += System.nanoTime() - t0;
            }
        }
        StringBuilder sb = new StringBuilder("Reference line, extraction alone on the same " + pages.size() + " " + set
                + " pages (one thread, measured in this run):\n\n| extractor | CPU ms per page | wall ms per page "
                + "| pages/s per core (CPU) |\n|---|---:|---:|---:|\n");
        for (int k = 0; k < xs.size(); k++) {
            double cpuMs = cpu[k] / 1e6 / pages.size();
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f |%n", xs.get(k).name(), cpuMs,
                    wall[k] / 1e6 / pages.size(), 1000 / cpuMs));
        }
        return sb.toString();
    }

    private static void safe(Extractor x, String html) {
        try {
            x.extract(html, null);
        } catch (RuntimeException | StackOverflowError e) {
            // a page an extractor cannot read costs what it cost; the timing stands
        }
    }
}
