package org.newsfuse.eval.extraction;

import java.nio.file.Path;
import org.newsfuse.clean.html.CharsetSniffer;
import org.newsfuse.clean.html.HtmlMainTextExtractor;

/** Development aid: one page's extraction next to its expected text. */
class DevPage {
    public static void main(String[] a) throws Exception {
        Path root = SharedData.locateExtraction().orElseThrow();
        String id = a[0];
        String html;
        String expected;
        String url;
        if (id.contains(".html.gz")) {
            FundusSet fs = FundusSet.open(root.resolve("fundus"));
            FundusSet.Page p = fs.pages().stream().filter(x -> x.file().equals(id)).findFirst().get();
            html = CharsetSniffer.decode(fs.html(id), null);
            expected = String.join("\n", p.body());
            url = p.url();
        } else {
            ScrapinghubSet sh = ScrapinghubSet.open(root.resolve("scrapinghub"));
            ScrapinghubSet.Page p = sh.pages().stream().filter(x -> x.id().startsWith(id)).findFirst().get();
            html = CharsetSniffer.decode(sh.html(p.id()), null);
            expected = p.expected();
            url = p.url();
        }
        System.out.println("=== EXPECTED\n" + expected);
        System.out.println("=== GOT\n" + String.join("\n", new HtmlMainTextExtractor().extract(html, url).paragraphs()));
    }
}
