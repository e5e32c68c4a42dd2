package org.newsfuse.eval.clustering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsfuse.cluster.ClusterDocument;
import org.newsfuse.ingest.Decoding;

/**
 * A clustering evaluation set read from ../shared/eval/clustering at run time: documents with their
 * gold cluster.
 *
 * @param name      data set name for reports
 * @param names     document file names
 * @param documents the documents
 * @param gold      gold cluster per document
 */
public record LabeledCorpus(String name, List<String> names, List<ClusterDocument> documents, List<String> gold) {

    private static final Pattern ECB_FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

    /** ECB+ topics {@code 1..maxTopic}: gold = topic + {@code ecb}/{@code ecbplus}; text rebuilt from the tokens. */
    public static LabeledCorpus ecbPlus(Path root, int maxTopic) throws IOException {
        Path dir = root.resolve("ecbplus").resolve("ECB+");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> ECB_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<ClusterDocument> docs = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (Path f : files) {
            Matcher m = ECB_FILE.matcher(f.getFileName().toString());
            m.matches();
            int topic = Integer.parseInt(m.group(1));
            if (topic > maxTopic) {
                continue;
            }
            names.add(f.getFileName().toString());
            docs.add(new ClusterDocument(null, ecbText(f), null));
            gold.add(topic + m.group(3));
        }
        return new LabeledCorpus("ECB+ topics 1-" + maxTopic, names, docs, gold);
    }

    /** Joins an ECB+ file's tokens: a space between tokens, none before closing punctuation, a line per sentence. */
    static String ecbText(Path f) throws IOException {
        XMLInputFactory xf = XMLInputFactory.newFactory();
        xf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xf.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder sb = new StringBuilder();
        try (var in = Files.newInputStream(f)) {
            XMLStreamReader r = xf.createXMLStreamReader(in);
            String sentence = null;
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
                    String s = r.getAttributeValue(null, "sentence");
                    String t = r.getElementText().strip();
                    if (sentence != null && !sentence.equals(s)) {
                        sb.append('\n');
                    } else if (sentence != null && !t.matches("[,.;:!?%)\\]}]|'s|n't|''|'")) {
                        sb.append(' ');
                    }
                    sentence = s;
                    sb.append(t.equals("``") || t.equals("''") ? "\"" : t);
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(f + ": bad XML: " + e.getMessage(), e);
        }
        return sb.toString();
    }

    /** A WikiRef set: gold = the file name's topic prefix ({@code michelle.obama.12.txt}, {@code ParisAttacks2015 (3).txt}). */
    public static LabeledCorpus wikiRef(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<ClusterDocument> docs = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text;
            try {
                text = Decoding.decode(Files.readAllBytes(f)).text();
            } catch (Decoding.NotTextException e) {
                continue;
            }
            text = text.replace("\r\n", "\n").replace('\u0085', '\n');
            String title = null;
            String body = text.strip();
            int nl = body.indexOf('\n');
            if (nl > 0 && nl < 200) {
                title = body.substring(0, nl).strip();
                body = body.substring(nl + 1).strip();
            }
            names.add(name);
            docs.add(new ClusterDocument(title, body, null));
            gold.add(wikiRefTopic(name));
        }
        return new LabeledCorpus(dir.getFileName().toString(), names, docs, gold);
    }

    static String wikiRefTopic(String fileName) {
        String base = fileName.replaceFirst("(?i)\\.txt$", "");
        base = base.replaceFirst("\\s*\\(\\d+\\)$", "").replaceFirst("\\.\\d+$", "");
        return base.toLowerCase(Locale.ROOT);
    }

    public int size() {
        return documents.size();
    }
}
