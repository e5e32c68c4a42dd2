package org.newsfuse.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfuse.text.Dates;
import org.newsfuse.text.Prose;

/**
 * Cleans text scraped from a news page: keeps the article's prose and reads the page's metadata
 * out of the clutter around it. Generic rules only — no per-site rules — applied in the order
 * written down in docs/cleaning.md:
 * <ol>
 * <li>normalise white space; take a leading {@code date YYYY-MM-DD} marker as the published date;</li>
 * <li>join hard-wrapped lines into paragraphs;</li>
 * <li>classify every paragraph: breadcrumb, social-button row, prompt (subscribe, follow, share,
 * newsletter, app, advertisement...), photo caption or agency notice, reading-time/timestamp line,
 * byline, comment disclaimer, end-of-article marker (comments, tags, related stories...);</li>
 * <li>strip clutter glued to prose (a trailing photo credit, an inline "READ | ..." link);</li>
 * <li>before the first prose paragraph, the first headline-shaped line is the title; other
 * fragments there are dropped; between prose paragraphs a short line is an in-body heading;</li>
 * <li>after an end-of-article marker only long prose survives;</li>
 * <li>the first paragraph's dateline ("NEW DELHI:") is lifted into metadata.</li>
 * </ol>
 */
public final class ScrapedTextCleaner {

    private static final Pattern DATE_MARKER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB_START = Pattern.compile("^(?:home|news)\\s*[>›»/|]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB_SEP = Pattern.compile("\\s*[>›»]\\s*");
    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "whatsapp", "flipboard", "linkedin",
            "email", "e-mail", "mail", "reddit", "telegram", "pinterest", "print", "share", "copy", "link", "x",
            "koo", "messenger", "tumblr", "pocket", "sms", "threads", "instagram", "youtube", "comments", "comment",
            "save", "bookmark", "gift", "article", "tweet", "wechat", "line", "viber", "google", "news");
    private static final Pattern PROMPT = Pattern.compile("(?i)(?:\\bsubscribe\\b|\\bsign[ -]?up\\b|\\bsign[ -]?in\\b"
            + "|\\blog[ -]?in\\b|\\bnewsletter|\\bfollow us\\b|\\bjoin (?:us|our)\\b|\\bshare (?:this|on|article|story)\\b"
            + "|\\bcopy link\\b|\\bfont size\\b|\\bA\\s*\\+\\s*A\\s*-|\\bA\\s*-\\s*A\\s*\\+|\\badvertisement\\b"
            + "|\\bstory continues\\b|\\blisten to (?:this )?(?:article|story)\\b|\\bclick here\\b"
            + "|\\bdownload (?:the|our) app\\b|\\bon telegram\\b|\\bon whatsapp\\b|\\bwhatsapp channel\\b"
            + "|\\bgoogle news\\b|\\ball rights reserved\\b|©|\\bcookies?\\b|\\bprivacy policy\\b"
            + "|\\bterms of (?:use|service)\\b|\\bstock market\\b|\\bsensex\\b|\\bnifty\\b|\\bBSE\\s+NSE\\b"
            + "|\\btrending\\b|\\brecommended\\b|\\byou may also like\\b|\\bmost (?:read|popular|viewed)\\b"
            + "|\\bdon'?t miss\\b|^\\s*watch\\s*[:|]|\\balso read\\b|\\bread more\\b|\\bread also\\b"
            + "|^\\s*read\\s*[|:]|^\\s*tags?\\s*[:|]?\\s*$|^\\s*tags?\\s*:|^\\s*topics?\\s*:|^\\s*(?:videos?|gallery|photos)\\s*$"
            + "|\\bskip to (?:main )?content\\b|\\bopens in new (?:tab|window)\\b|\\bsponsored\\b"
            + "|\\bin your inbox\\b|\\bthis is a developing story\\b|\\bupdates?\\s*$|\\bfollow\\b.*\\b(?:updates|channel)\\b|\\bturn on notifications\\b)");
    /** Prompts no article sentence makes: clutter whatever their shape. */
    private static final Pattern STRONG_PROMPT = Pattern.compile("(?i)(?:\\bsubscribe (?:now|today|to)\\b"
            + "|\\bnewsletter\\b|\\bin your inbox\\b|\\bfollow us on\\b|\\bclick here\\b|\\ball rights reserved\\b"
            + "|\\bstory continues below\\b|\\bdownload (?:the|our) app\\b|\\bwe are (?:now )?on (?:telegram|whatsapp)\\b"
            + "|\\bjoin our (?:whatsapp|telegram) channel\\b|\\bsign up (?:for|to) (?:our|the)\\b)");
    private static final Pattern END_MARKER = Pattern.compile("(?i)^\\W*(?:comments?|tags?|topics|related"
            + "|related (?:stories|articles|news|posts|content|coverage|topics)|more (?:from|on|in|stories|news)\\b.*"
            + "|trending(?: now| stories| news)?|videos?|gallery|photos|you may also like|recommended(?: for you| stories)?"
            + "|most (?:read|popular|viewed)|latest(?: news| stories)?|top stories|read more|also read|more stories"
            + "|also watch|don'?t miss|in case you missed it|editor'?s picks)\\W*$");
    private static final Pattern CAPTION = Pattern.compile("(?i)(?:attention editors|handout via|\\bvia reuters\\b"
            + "|\\((?:file\\s+)?(?:photo|image|picture|pic|photograph)\\b[^)]*\\)"
            + "|\\|\\s*(?:pti|ap|afp|reuters|ani|ians|getty(?: images)?|epa|xinhua|bloomberg|file|express|ens|photo)\\s*\\)?\\s*$"
            + "|^(?:photo|image|picture|file photo|file image|representational image|representative image)\\s*[:|(]"
            + "|\\b(?:representational|representative) (?:image|photo|picture)\\b"
            + "|\\bpose[sd]? for (?:a )?(?:picture|photo|photograph)"
            + "|\\bphoto(?:graph)?\\s*(?:credit)?\\s*[:|]|\\b(?:image|photo) (?:credit|courtesy)\\b"
            + "|\\b(?:credit|courtesy)\\s*:|\\bmandatory credit\\b|/\\s*(?:reuters|afp|ap|getty images)\\s*\\)?\\s*$"
            + "|\\beditors?'?\\s+note\\b|\\b(?:pool|handout|file) via\\b|\\beditorial use only\\b"
            + "|\\bnot for sale\\b|\\bno resales\\b|\\bno archives\\b"
            + "|(?-i:\\|\\s*[A-Z]{2,8}\\s*\\)?\\s*$)"
            + "|(?-i:(?:^|[\\s.])[A-Z]{2,8}\\s*/\\s*[A-Z][\\w.\\-]+(?:\\s+[A-Z][\\w.\\-]+){0,2}\\s*\\.?$))");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("[▲▼+\\-−$€£¥]?\\d[\\d,.]*%?");
    private static final Pattern MENU_SEP = Pattern.compile("\\s+[|·•›»>/]\\s+");
    private static final Pattern GLUED_CAPTION = Pattern.compile(
            "(?<=[.!?\"”’'])\\s*\\(([^()]{2,120})\\)\\s*$");
    private static final Pattern CAPTION_WORDS = Pattern.compile(
            "(?i)\\b(?:handout|via|photo|file|image|reuters|afp|pti|ap|ani|ians|getty|epa|xinhua|credit|courtesy)\\b");
    private static final Pattern GLUED_LINK = Pattern.compile(
            "(?<=[.!?\"”’'])\\s+(?:READ|ALSO READ|Also Read|Also read|READ MORE|Read More|Read more|Read also"
                    + "|WATCH|Watch|ALSO WATCH)\\s*[|:].*$");
    private static final Pattern MIN_READ = Pattern.compile("(?i)\\b\\d+\\s*(?:min|mins|minute|minutes)\\.?\\s+read\\b");
    private static final Pattern META_START = Pattern.compile(
            "(?i)^\\W*(?:published|updated|last updated|first published|posted|modified|date|dated)\\b\\s*(?:on|at)?\\s*[:|]?");
    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:IST|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|AEST|SGT|HKT|JST|WAT|EAT|SAST)?(?![\\w])");
    private static final Pattern TIME_ZONE = Pattern.compile("\\b(?:IST|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|AEST|SGT|HKT|JST)\\b");
    private static final Pattern META_BYLINE = Pattern.compile(
            "(?:\\b[AP]M\\b|\\bIST\\b|\\bGMT\\b|\\bUTC\\b|\\bET\\b|read)\\s*[.|,·-]?\\s*([A-Z][\\w.'’\\-]+(?:\\s+[A-Z][\\w.'’\\-]+){0,3})\\s*$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^\\W*(?:by|written by|reported by|edited by|posted by|story by|words by)\\s+(.{2,100})$");
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[A-Z][A-Z.'’\\-]+)(?:\\s+[A-Z][A-Z.'’\\-]+){0,3})(?:,\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*(?::|—|–|--?|_)\\s+(?=\\S)");

    private final OutletFinder outletFinder = new OutletFinder();

    /** Cleans one page's scraped text. */
    public CleanResult clean(String raw) {
        List<String> removed = new ArrayList<>();
        String text = normalise(raw);
        LocalDate published = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher m = DATE_MARKER.matcher(lines[i]);
            if (m.find()) {
                published = Dates.parseGiven(m.group(1));
                removed.add("date line: " + m.group().strip());
                lines[i] = lines[i].substring(m.end());
            }
            break;
        }
        List<TextUnits.Unit> units = TextUnits.of(lines);

        String titleFromCrumb = null;
        String byline = null;
        boolean explicitByline = false;
        String metaByline = null;
        LocalDate metaDate = null;
        LocalDate updatedDate = null;
        for (TextUnits.Unit u : units) {
            String t = u.text;
            int words = wordCount(t);
            String crumb = breadcrumbTitle(t);
            if (crumb != null || BREADCRUMB_START.matcher(t).find()) {
                u.drop = "breadcrumb";
                if (crumb != null && wordCount(crumb) >= 3) {
                    titleFromCrumb = crumb;
                }
                continue;
            }
            if (isSocialRow(t)) {
                u.drop = "social buttons";
                continue;
            }
            if (words <= 80 && isCommentDisclaimer(t)) {
                u.drop = "comment disclaimer";
                continue;
            }
            if (CAPTION.matcher(t).find() && (words <= 80)) {
                u.drop = "caption";
                continue;
            }
            Matcher by = BYLINE.matcher(t);
            if (by.find() && words <= 12 && !Prose.endsAsSentence(t)) {
                u.drop = "byline";
                if (byline == null) {
                    byline = cleanByline(by.group(1));
                }
                explicitByline = true;
                continue;
            }
            if (isMetaLine(t, words)) {
                u.drop = "timestamp";
                List<Dates.Found> dates = Dates.findAll(t);
                if (!dates.isEmpty()) {
                    boolean updatedFirst = Pattern.compile("(?i)^\\W*(?:last )?updated").matcher(t).find();
                    if (updatedFirst && dates.size() == 1) {
                        updatedDate = updatedDate == null ? dates.get(0).date() : updatedDate;
                    } else if (metaDate == null) {
                        metaDate = dates.get(0).date();
                    }
                }
                String tailSegment = lastSegmentName(t);
                if (metaByline == null && tailSegment != null) {
                    metaByline = tailSegment;
                }
                Matcher mb = META_BYLINE.matcher(t);
                if (metaByline == null && mb.find()) {
                    String candidate = mb.group(1).strip().replaceFirst("^(?:(?:IST|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|AEST|SGT|HKT|JST)\\b\\s*)+", "");
                    if (!candidate.isEmpty() && Dates.findAll(candidate).isEmpty()
                            && !candidate.matches("(?i).*\\b(?:updated|published|min|read)\\b.*")) {
                        metaByline = candidate;
                    }
                }
                continue;
            }
            if (isTicker(t)) {
                u.drop = "ticker";
                continue;
            }
            if (isMenu(t)) {
                u.drop = "navigation";
                continue;
            }
            if (words <= 25 && STRONG_PROMPT.matcher(t).find()
                    || words <= 15 && PROMPT.matcher(t).find() && !endsAsLongSentence(t, words)) {
                u.drop = "prompt";
            }
        }

        // glued clutter on prose
        for (TextUnits.Unit u : units) {
            if (u.drop != null) {
                continue;
            }
            Matcher g = GLUED_CAPTION.matcher(u.text);
            if (g.find() && CAPTION_WORDS.matcher(g.group(1)).find()) {
                removed.add("glued caption: (" + g.group(1) + ")");
                u.text = u.text.substring(0, g.start()).strip();
            }
            Matcher l = GLUED_LINK.matcher(u.text);
            if (l.find()) {
                removed.add("glued link: " + l.group().strip());
                u.text = u.text.substring(0, l.start()).strip();
            }
        }

        // title, fragments, headings, end of article
        String title = null;
        boolean seenProse = false;
        boolean tail = false;
        int proseCount = 0;
        for (int i = 0; i < units.size(); i++) {
            TextUnits.Unit u = units.get(i);
            String t = u.text;
            if (seenProse && END_MARKER.matcher(t).matches()) {
                u.drop = u.drop == null ? "end of article" : u.drop;
                tail = true;
                continue;
            }
            if (u.drop != null) {
                continue;
            }
            int words = wordCount(t);
            boolean prose = isProse(t, words);
            if (tail) {
                if (!(prose && words >= 25)) {
                    u.drop = "after end of article";
                }
                continue;
            }
            if (prose || (u.bullet && words >= 8)) {
                seenProse |= prose;
                proseCount++;
                continue;
            }
            if (!seenProse) {
                boolean crumbMatch = titleFromCrumb != null && sameText(t, titleFromCrumb);
                if (title == null && (crumbMatch || (words >= 3 && words <= 30 && !looksLikeLabel(t)))) {
                    title = t.strip();
                    u.drop = "headline";
                } else if (title != null && sameText(t, title)) {
                    u.drop = "headline repeated";
                } else {
                    u.drop = "fragment before article";
                }
                continue;
            }
            // after prose started: a short line right between two prose paragraphs is an in-body heading
            TextUnits.Unit prev = units.get(i - 1);
            TextUnits.Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
            boolean between = prev.drop == null && isProse(prev.text, wordCount(prev.text))
                    && next != null && next.drop == null && isProse(next.text, wordCount(next.text));
            if (words <= 14 && between && !looksLikeLabel(t)) {
                continue;
            }
            u.drop = "fragment";
        }
        if (byline == null) {
            byline = metaByline;
        }
        if (title == null && titleFromCrumb != null) {
            title = titleFromCrumb;
        }

        List<String> paragraphs = new ArrayList<>();
        for (TextUnits.Unit u : units) {
            if (u.drop != null) {
                removed.add(u.drop + ": " + u.text);
            } else if (!u.text.isBlank()) {
                paragraphs.add(u.text.strip());
            }
        }
        // a heading left at the very end is not a heading
        while (!paragraphs.isEmpty() && !isProse(paragraphs.get(paragraphs.size() - 1),
                wordCount(paragraphs.get(paragraphs.size() - 1)))) {
            removed.add("trailing fragment: " + paragraphs.remove(paragraphs.size() - 1));
        }

        String dateline = liftDateline(paragraphs);
        if (published == null) {
            published = metaDate != null ? metaDate : updatedDate;
        }
        String outlet = outletFinder.find(raw);
        return new CleanResult(paragraphs, title, byline, published, dateline, outlet, null, removed);
    }

    /**
     * Takes the dateline ("NEW DELHI:", "KESTRAVIK (CWS) -") off the first of the opening paragraphs
     * that has one, and returns it (null when none has).
     */
    public static String liftDateline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(6, paragraphs.size()); i++) {
            Matcher d = DATELINE.matcher(paragraphs.get(i));
            if (d.find() && d.group(1).replaceAll("[^A-Z]", "").length() >= 3) {
                paragraphs.set(i, paragraphs.get(i).substring(d.end()).strip());
                return d.group(1).strip();
            }
        }
        return null;
    }

    static String normalise(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\u2009', ' ')
                .replace('\u202f', ' ').replace("\u200b", "").replace("\ufeff", "").replace('\t', ' ')
                .replace('\f', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(line.replaceAll(" {2,}", " ").strip()).append('\n');
        }
        return out.toString();
    }

    private static String breadcrumbTitle(String t) {
        String[] parts = BREADCRUMB_SEP.split(t);
        boolean unambiguous = t.contains("›") || t.contains("»");
        if (parts.length < 3 && !(parts.length == 2 && (BREADCRUMB_START.matcher(t).find() || unambiguous))) {
            return null;
        }
        for (int k = 0; k < parts.length - 1; k++) {
            if (wordCount(parts[k]) > 4) {
                return null;
            }
        }
        return parts[parts.length - 1].strip();
    }

    /** A market ticker: mostly numbers, prices and percentages. */
    private static boolean isTicker(String t) {
        String[] tokens = t.strip().split("\\s+");
        int numbers = 0;
        for (String tok : tokens) {
            if (NUMBER_TOKEN.matcher(tok).matches()) {
                numbers++;
            }
        }
        return numbers >= 3 && numbers * 3 >= tokens.length && !Prose.endsAsSentence(t);
    }

    /** A navigation menu or section path: three or more short items between separators. */
    private static boolean isMenu(String t) {
        String[] parts = MENU_SEP.split(t.strip());
        if (parts.length < 3 || Prose.endsAsSentence(t)) {
            return false;
        }
        for (String p : parts) {
            if (wordCount(p) > 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * In a timestamp line split by separators ("4 min read · 06:12 PM CET · Jo Smith"), the last
     * item when it is a name: one to four capitalised words, no digits.
     */
    private static String lastSegmentName(String t) {
        String[] parts = t.split("\\s*[·|•]\\s*");
        if (parts.length < 2) {
            return null;
        }
        String last = parts[parts.length - 1].strip();
        if (last.isEmpty() || last.matches(".*\\d.*") || wordCount(last) > 4
                || last.matches("(?i).*\\b(?:updated|published|posted|read|min|listen|share|ist|gmt|utc|cet)\\b.*")) {
            return null;
        }
        for (String w : last.split("\\s+")) {
            if (!w.matches("\\p{Lu}[\\p{L}.'’\\-]*")) {
                return null;
            }
        }
        return last;
    }

    private static boolean isSocialRow(String t) {
        String[] words = t.toLowerCase(Locale.ROOT).split("[\\s|·•/,]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!SOCIAL.contains(w.replaceAll("[^a-z\\-]", ""))) {
                return false;
            }
            n++;
        }
        return n >= 2 || n == 1 && Set.of("share", "print", "tweet", "email").contains(words[0]);
    }

    private static boolean isCommentDisclaimer(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("disclaimer")) {
            return true;
        }
        return l.contains("comment") && (l.contains("views expressed") || l.contains("moderat")
                || l.contains("reserves the right") || l.contains("comment writers") || l.contains("do not represent")
                || l.contains("community guidelines") || l.contains("posting comments"));
    }

    private static boolean isMetaLine(String t, int words) {
        if (words > 25) {
            return false;
        }
        if (MIN_READ.matcher(t).find()) {
            return true;
        }
        boolean hasDate = !Dates.findAll(t).isEmpty();
        if (META_START.matcher(t).find() && (hasDate || TIME.matcher(t).find())) {
            return true;
        }
        boolean hasTime = TIME.matcher(t).find() && t.matches("(?s).*\\d{1,2}[:.]\\d{2}\\s*(?:[apAP]\\.?[mM]\\.?|[A-Z]{2,4}\\b).*");
        if (hasTime && (hasDate || TIME_ZONE.matcher(t).find())) {
            return true;
        }
        return hasDate && words <= 8 && !Prose.endsAsSentence(t);
    }

    private static String cleanByline(String s) {
        String b = s.split("\\s*[|·]\\s*")[0].strip();
        List<Dates.Found> d = Dates.findAll(b);
        if (!d.isEmpty()) {
            b = b.substring(0, d.get(0).start()).strip();
        }
        b = b.replaceAll("[,;:.\\-–]+$", "").strip();
        return b.isEmpty() ? null : b;
    }

    private static boolean endsAsLongSentence(String t, int words) {
        return words >= 10 && Prose.endsAsSentence(t);
    }

    /** Prose: a sentence-shaped paragraph of some length, mostly lower-case words. */
    static boolean isProse(String t, int words) {
        if (words < 2 || !Prose.endsAsSentence(t)) {
            return words >= 20 && lowerShare(t) > 0.5;
        }
        return lowerShare(t) >= 0.25 || words >= 12;
    }

    private static double lowerShare(String t) {
        int lower = 0;
        int all = 0;
        for (String w : t.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            all++;
            if (Character.isLowerCase(w.codePointAt(0))) {
                lower++;
            }
        }
        return all == 0 ? 0 : (double) lower / all;
    }

    /** A label rather than a headline: one or two words, or all capitals. */
    private static boolean looksLikeLabel(String t) {
        int words = wordCount(t);
        if (words <= 2) {
            return true;
        }
        String letters = t.replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }



    static boolean sameText(String a, String b) {
        return a.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
    }

    static int wordCount(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean w = !Character.isWhitespace(t.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
