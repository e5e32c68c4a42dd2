package org.newsfuse.eval.clustering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic news stream for scale tests, invented from scratch (no real text): many events of a
 * dozen kinds (so that similar events at other places and dates must stay apart), each reported by
 * several outlets in paraphrase (synonyms, reordered and dropped sentences, filler), some articles
 * syndicated copies of another outlet's with light edits, and scraper clutter lines around the
 * prose. Deterministic for a seed. Each JSON line has {@code text}, {@code title}, {@code outlet},
 * {@code published}, {@code url}, and the gold {@code event} (and {@code copyOf} for copies).
 */
public final class SyntheticNews {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SYL = {"ka", "lo", "ve", "ri", "dan", "mor", "tes", "vil", "ar", "en", "os", "bra", "kel",
        "sun", "tor", "mi", "ga", "rel", "nu", "pa", "zor", "fin", "hal", "dre", "ost", "wen", "ly", "qua", "bel", "sar"};
    private static final String[] KINDS = {"earthquake", "flood", "election", "summit", "strike", "merger", "trial",
        "storm", "wildfire", "derby", "launch", "protest"};
    private static final String[][] NOUNS = {
        {"earthquake", "quake", "tremor"}, {"flood", "flooding", "deluge"}, {"election", "vote", "ballot"},
        {"summit", "talks", "meeting"}, {"strike", "walkout", "stoppage"}, {"merger", "takeover", "deal"},
        {"trial", "case", "hearing"}, {"storm", "cyclone", "gale"}, {"wildfire", "blaze", "fire"},
        {"derby", "match", "final"}, {"launch", "liftoff", "mission"}, {"protest", "rally", "march"}};
    private static final String[] VERBS = {"said", "told reporters", "confirmed", "announced", "stated"};
    private static final String[] CLUTTER = {"Advertisement", "Subscribe to our newsletter", "Share this article",
        "Read more:", "Sign in", "Most Read", "Follow us on social media", "Story continues below advertisement"};

    private final SplittableRandom rnd;
    private final String[] filler;
    private final String[] outlets;

    public SyntheticNews(long seed) {
        rnd = new SplittableRandom(seed);
        filler = new String[4000];
        for (int i = 0; i < filler.length; i++) {
            filler[i] = word(2 + rnd.nextInt(2)).toLowerCase(Locale.ROOT);
        }
        outlets = new String[40];
        for (int i = 0; i < outlets.length; i++) {
            outlets[i] = "The " + word(2) + " " + (i % 3 == 0 ? "Times" : i % 3 == 1 ? "Herald" : "Post");
        }
    }

    private String word(int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(SYL[rnd.nextInt(SYL.length)]);
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    /** A Zipf-ish filler word: common words far more often than rare ones. */
    private String fill() {
        double u = rnd.nextDouble();
        return filler[(int) (filler.length * u * u * u)];
    }

    private record Event(int id, int kind, String place, String country, String person, String org, LocalDate date,
            int number, int size) {
    }

    /** Writes {@code n} articles as JSON Lines; returns how many events they report. */
    public int write(int n, Writer out) throws IOException {
        int written = 0;
        int eventId = 0;
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<String> places = new ArrayList<>();
        for (int i = 0; i < Math.max(50, n / 40); i++) {
            places.add(word(2 + rnd.nextInt(2)));
        }
        while (written < n) {
            int size = 1 + (int) Math.min(30, -Math.log(1 - rnd.nextDouble()) * 4);
            size = Math.min(size, n - written);
            LocalDate date = start.plusDays((long) (365.0 * written / n) + rnd.nextInt(3));
            Event e = new Event(eventId++, rnd.nextInt(KINDS.length), places.get(rnd.nextInt(places.size())), word(3),
                    word(2) + " " + word(3), word(2) + " " + pick(new String[] {"Agency", "Group", "Council", "Ministry"}), date,
                    2 + rnd.nextInt(400), size);
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                ObjectNode o = JSON.createObjectNode();
                String outlet = pick(outlets);
                String text;
                String title;
                if (k > 0 && rnd.nextDouble() < 0.15) {
                    int of = rnd.nextInt(texts.size());
                    text = copyEdit(texts.get(of));
                    title = title(e);
                    o.put("copyOf", of);
                } else {
                    text = article(e);
                    title = title(e);
                }
                texts.add(text);
                o.put("title", title);
                o.put("outlet", outlet);
                o.put("published", e.date.plusDays(rnd.nextInt(2)).toString());
                o.put("url", "https://" + outlet.replace(" ", "").toLowerCase(Locale.ROOT) + ".example/" + e.id + "-" + k);
                o.put("event", e.id);
                o.put("text", clutter() + text + clutter());
                out.write(JSON.writeValueAsString(o));
                out.write('\n');
                written++;
            }
        }
        return eventId;
    }

    private String title(Event e) {
        String noun = pick(NOUNS[e.kind]);
        return switch (rnd.nextInt(3)) {
            case 0 -> e.place + " " + noun + ": " + e.number + " " + pick(new String[] {"affected", "involved", "counted"});
            case 1 -> Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " in " + e.place + ", " + e.country;
            default -> e.person + " speaks after " + noun + " in " + e.place;
        };
    }

    private String sentence(Event e, int which) {
        String noun = pick(NOUNS[e.kind]);
        String when = e.date.getDayOfWeek().toString().charAt(0) + e.date.getDayOfWeek().toString().substring(1).toLowerCase(Locale.ROOT);
        return switch (which) {
            case 0 -> "The " + noun + " in " + e.place + ", " + e.country + ", on " + when + " involved " + e.number + " "
                    + pick(new String[] {"people", "residents", "participants"}) + ", officials " + pick(VERBS) + ".";
            case 1 -> e.person + " of the " + e.org + " " + pick(VERBS) + " the " + noun + " would be " + fill() + " "
                    + fill() + " by " + fill() + ".";
            case 2 -> "Local officials in " + e.place + " " + pick(VERBS) + " that " + fill() + " " + fill() + " remained "
                    + pick(new String[] {"uncertain", "unclear", "open"}) + ".";
            case 3 -> "\"We " + pick(new String[] {"expect", "hope", "fear"}) + " " + fill() + " " + fill() + ",\" "
                    + e.person.split(" ")[1] + " " + pick(VERBS) + ".";
            case 4 -> "The " + e.org + " " + pick(new String[] {"published", "released", "issued"}) + " figures on "
                    + e.number + " " + fill() + " across " + e.country + ".";
            case 5 -> "It was the " + pick(new String[] {"largest", "first", "latest"}) + " " + noun + " in " + e.country
                    + " since " + (1990 + rnd.nextInt(30)) + ".";
            default -> {
                StringBuilder sb = new StringBuilder();
                int len = 8 + rnd.nextInt(14);
                for (int i = 0; i < len; i++) {
                    String w = fill();
                    sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
                }
                yield sb.toString().strip() + ".";
            }
        };
    }

    private String article(Event e) {
        List<String> paras = new ArrayList<>();
        paras.add(sentence(e, 0) + " " + sentence(e, 6));
        int m = 4 + rnd.nextInt(5);
        for (int i = 0; i < m; i++) {
            int a = 1 + rnd.nextInt(7);
            paras.add(sentence(e, a) + " " + sentence(e, 6) + (rnd.nextBoolean() ? " " + sentence(e, 6) : ""));
        }
        return String.join("\n\n", paras);
    }

    /** A syndicated copy: the same paragraphs, the last sometimes cut, a word or two changed. */
    private String copyEdit(String text) {
        List<String> paras = new ArrayList<>(List.of(text.split("\n\n")));
        if (paras.size() > 3 && rnd.nextBoolean()) {
            paras.remove(paras.size() - 1);
        }
        int p = rnd.nextInt(paras.size());
        paras.set(p, paras.get(p).replaceFirst(" the ", " a "));
        return String.join("\n\n", paras);
    }

    private String clutter() {
        StringBuilder sb = new StringBuilder();
        int k = rnd.nextInt(3);
        for (int i = 0; i < k; i++) {
            sb.append(pick(CLUTTER)).append("\n\n");
        }
        return sb.toString();
    }
}
