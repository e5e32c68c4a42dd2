package org.newsfuse.eval.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsfuse.clean.html.CharsetSniffer;

/** Development aid (not a test): newsfuse's scores and its worst pages by id/URL (args: "v" verbose, "f" Fundus only). */
class DevLoop {
    public static void main(String[] a) throws Exception {
        Path root = SharedData.locateExtraction().orElseThrow();
        Extractor x = LivePeers.newsfuse();
        ExtractionEval ev = new ExtractionEval(List.of(x));
        boolean verbose = a.length > 0;
        ScrapinghubSet sh = ScrapinghubSet.open(root.resolve("scrapinghub"));
        if (!(a.length > 0 && a[0].equals("f"))) {
        double sum = 0;
        for (ScrapinghubSet.Page p : sh.pages()) {
            String out = String.join("\n", x.extract(CharsetSniffer.decode(sh.html(p.id()), null), p.url()));
            ShingleScorer.PageCounts c = ShingleScorer.page(p.expected(), out);
            double pr = c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
            double rc = c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
            if (verbose && (pr < 0.85 || rc < 0.85)) System.out.printf("SH %s P %.2f R %.2f %s%n", p.id().substring(0, 12), pr, rc, p.url());
        }
        System.out.println(ev.scrapinghub(sh).get(0));
        }
        FundusSet fs = FundusSet.open(root.resolve("fundus"));
        RougeLsumScorer sc = new RougeLsumScorer();
        for (FundusSet.Page p : fs.pages()) {
            List<String> out = x.extract(CharsetSniffer.decode(fs.html(p.file()), null), p.url());
            Prf s = sc.score(p.body(), out);
            if (verbose && (s.precision() < 0.85 || s.recall() < 0.85)) System.out.printf("FU %s P %.2f R %.2f%n", p.file(), s.precision(), s.recall());
        }
        System.out.println(ev.fundus(fs).get(0));
    }
}
