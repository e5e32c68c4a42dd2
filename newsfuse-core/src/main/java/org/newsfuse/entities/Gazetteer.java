package org.newsfuse.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists entities are typed with, loaded once from this package's resources (all written
 * for newsfuse): countries with demonyms, capitals and other names; other places; organisation
 * words; person titles; role heads with broader nouns; role acronyms; capitalised non-names; given
 * names with a usual gender. Keys are lower case.
 */
public final class Gazetteer {
    private static final Gazetteer INSTANCE = new Gazetteer();

    /** place name (lower case) → canonical place name. */
    private final Map<String, String> places = new HashMap<>();
    /** demonym (lower case) → country. */
    private final Map<String, String> demonyms = new HashMap<>();
    /** country or other country name (lower case) → country. */
    private final Map<String, String> countries = new HashMap<>();
    private final Set<String> orgWords = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    private final Map<String, List<String>> broader = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final Set<String> notNames = new HashSet<>();
    private final Map<String, Character> genders = new HashMap<>();

    private Gazetteer() {
        lines("countries.tsv", l -> {
            String[] f = l.split("\t", -1);
            String country = f[0].strip();
            places.put(key(country), country);
            countries.put(key(country), country);
            if (f.length > 1) {
                for (String d : f[1].split(",")) {
                    if (!d.isBlank()) {
                        demonyms.put(key(d), country);
                    }
                }
            }
            if (f.length > 2 && !f[2].isBlank()) {
                places.putIfAbsent(key(f[2]), f[2].strip());
            }
            if (f.length > 3) {
                for (String o : f[3].split(",")) {
                    if (!o.isBlank()) {
                        places.putIfAbsent(key(o), country);
                        countries.putIfAbsent(key(o), country);
                    }
                }
            }
        });
        lines("places.txt", l -> places.putIfAbsent(key(l), l.strip()));
        lines("org-words.txt", l -> orgWords.add(key(l)));
        lines("person-titles.txt", l -> titles.add(key(l)));
        lines("role-heads.tsv", l -> {
            String[] f = l.split("\t");
            List<String> b = new ArrayList<>();
            if (f.length > 1) {
                for (String w : f[1].split(",")) {
                    b.add(key(w));
                }
            }
            broader.put(key(f[0]), b);
        });
        lines("role-acronyms.tsv", l -> {
            String[] f = l.split("\t");
            acronyms.put(key(f[0]), f[1].strip());
        });
        lines("not-names.txt", l -> notNames.add(key(l)));
        lines("first-names.tsv", l -> {
            String[] f = l.split("\t");
            for (String n : f[1].split("\\s+")) {
                genders.put(n, f[0].charAt(0));
            }
        });
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    static String key(String s) {
        boolean plain = !s.isEmpty() && s.length() < 40;
        for (int i = 0; plain && i < s.length(); i++) {
            char c = s.charAt(i);
            plain = c >= 'a' && c <= 'z';
        }
        if (plain) {
            return s;
        }
        String k = s.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return k.endsWith(".") && k.length() > 1 && k.indexOf('.') == k.length() - 1 ? k.substring(0, k.length() - 1) : k;
    }

    /** The canonical place this name is, or null. */
    public String place(String name) {
        return places.get(key(name));
    }

    /** The country this name or demonym points to ("Russian", "Russia", "US"), or null. */
    public String country(String word) {
        String k = key(word);
        String c = countries.get(k);
        return c != null ? c : demonyms.get(k);
    }

    public boolean isDemonym(String word) {
        return demonyms.containsKey(key(word));
    }

    public boolean isOrgWord(String word) {
        return orgWords.contains(key(word));
    }

    /** A title, honorific or role noun ("Minister", "Gen.", "spokesman", "EAM"). */
    public boolean isTitle(String word) {
        return titles.contains(key(word));
    }

    /** A role noun that can head a description ("minister", "diplomat"), including broader nouns. */
    public boolean isRoleHead(String word) {
        String k = key(word);
        if (broader.containsKey(k) || acronyms.containsKey(k)) {
            return true;
        }
        for (List<String> b : broader.values()) {
            if (b.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Broader nouns for a role head or a role phrase's last words ("foreign minister" → diplomat). */
    public List<String> broader(String roleKey) {
        return broader.getOrDefault(roleKey, List.of());
    }

    /** What a role acronym stands for ("EAM" → "External Affairs Minister"), or null. */
    public String acronym(String word) {
        return acronyms.get(key(word));
    }

    public boolean isNotName(String word) {
        return notNames.contains(key(word));
    }

    /** 'm' or 'f' for a given name most bearers of which are men or women; 0 when unknown. */
    public char gender(String givenName) {
        Character g = genders.get(key(givenName));
        return g == null ? 0 : g;
    }

    private static void lines(String resource, Consumer<String> each) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = r.readLine()) != null) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    each.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }
}
