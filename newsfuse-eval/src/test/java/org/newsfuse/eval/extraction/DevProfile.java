package org.newsfuse.eval.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.newsfuse.clean.html.CharsetSniffer;

/** Development aid: time newsfuse vs parse-only vs readability4j over the Fundus pages. */
class DevProfile {
    public static void main(String[] a) throws Exception {
        Path root = SharedData.locateExtraction().orElseThrow();
        FundusSet fs = FundusSet.open(root.resolve("fundus"));
        List<String> pages = new ArrayList<>();
        for (FundusSet.Page p : fs.pages()) pages.add(CharsetSniffer.decode(fs.html(p.file()), null));
        Extractor nf = LivePeers.newsfuse();
        Extractor r4j = LivePeers.readability4j();
        for (int round = 0; round < Integer.parseInt(a[0]); round++) {
            long t0 = System.nanoTime();
            for (String h : pages) Jsoup.parse(h);
            long t1 = System.nanoTime();
            for (String h : pages) nf.extract(h, null);
            long t2 = System.nanoTime();
            if (a.length > 1) for (String h : pages) r4j.extract(h, null);
            long t3 = System.nanoTime();
            System.out.printf("parse %.1f newsfuse %.1f r4j %.1f ms/page%n", (t1 - t0) / 1e6 / pages.size(), (t2 - t1) / 1e6 / pages.size(), (t3 - t2) / 1e6 / pages.size());
        }
    }
}
