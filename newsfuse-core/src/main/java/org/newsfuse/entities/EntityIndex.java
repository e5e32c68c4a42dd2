package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfuse.model.Article;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Sentence;
import org.newsfuse.model.Token;

/**
 * Finds a story's entities back in an article's text by any of their names and aliases (compared
 * token by token, folded as {@link NameForms#fold} does), so later stages can tell who a name, a
 * description or a pronoun stands for.
 */
public final class EntityIndex {
    /** Where an article names an entity; several candidates when two entities share the form. */
    public record Hit(int start, int end, List<Entity> entities) {
        public Entity first() {
            return entities.get(0);
        }

        public boolean isPerson() {
            for (Entity e : entities) {
                if (e.type() == Entity.Type.PERSON) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Form(String[] tokens, List<Entity> entities) {
    }

    private final Map<String, List<Form>> byFirst = new HashMap<>();
    private final Map<String, List<Entity>> byKey = new HashMap<>();
    private final Map<Entity, Character> genders = new IdentityHashMap<>();
    /** Every word of every form, folded: a hyphenated word is matched whole only when it is one of them. */
    private final java.util.Set<String> formWords = new java.util.HashSet<>();

    private EntityIndex(List<Entity> entities) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Entity e : entities) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                String[] t = tokens(n);
                if (t.length == 0 || (t.length == 1 && t[0].length() < 2)) {
                    continue;
                }
                formWords.addAll(List.of(t));
                String key = String.join(" ", t);
                Form f = forms.computeIfAbsent(key, k -> new Form(t, new ArrayList<>()));
                if (!f.entities.contains(e)) {
                    f.entities.add(e);
                }
            }
            genders.put(e, genderOf(e));
        }
        for (Map.Entry<String, Form> f : forms.entrySet()) {
            byFirst.computeIfAbsent(f.getValue().tokens[0], k -> new ArrayList<>()).add(f.getValue());
            byKey.put(f.getKey(), f.getValue().entities);
        }
        for (List<Form> l : byFirst.values()) {
            l.sort(Comparator.comparingInt((Form f) -> -f.tokens.length));
        }
    }

    public static EntityIndex of(List<Entity> entities) {
        return new EntityIndex(entities);
    }

    private static String[] tokens(String name) {
        String s = name.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        List<String> out = new ArrayList<>();
        for (String w : s.split("\\s+")) {
            String f = NameForms.fold(w);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out.toArray(new String[0]);
    }

    /** Entities going by exactly this name or alias (any case, folded), or an empty list. */
    public List<Entity> lookup(String surface) {
        return byKey.getOrDefault(String.join(" ", tokens(surface)), List.of());
    }

    /** Every place the article names one of the entities, in text order, longest form first. */
    public List<Hit> scan(Article a) {
        List<Hit> hits = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> toks = Possessives.split(Hyphens.join(s.tokens(), w -> formWords.contains(NameForms.fold(w))));
            String[] folded = new String[toks.size()];
            for (int i = 0; i < toks.size(); i++) {
                folded[i] = NameForms.fold(toks.get(i).text());
            }
            int i = 0;
            while (i < toks.size()) {
                List<Form> cands = byFirst.get(folded[i]);
                String w = toks.get(i).text();
                int matched = 0;
                if (cands != null && !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || isDescriptionStart(toks, i))) {
                    for (Form f : cands) {
                        if (matches(folded, i, f.tokens)) {
                            hits.add(new Hit(toks.get(i).start(), toks.get(i + f.tokens.length - 1).end(), f.entities));
                            matched = f.tokens.length;
                            break;
                        }
                    }
                }
                i += Math.max(1, matched);
            }
        }
        return hits;
    }

    private static boolean isDescriptionStart(List<Token> toks, int i) {
        return i > 0 && toks.get(i - 1).text().equalsIgnoreCase("the");
    }

    private static boolean matches(String[] folded, int i, String[] form) {
        if (i + form.length > folded.length) {
            return false;
        }
        for (int k = 0; k < form.length; k++) {
            if (!folded[i + k].equals(form[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * 'm', 'f', or 0 when unknown: from the given name of the full name, else from the honorifics among
     * the aliases when they agree ("Mrs. Clinton" and "Mr. Clinton" merged under one surname tell
     * nothing; "Hillary Clinton" is a woman whatever "Mr. Clinton" said).
     */
    public char gender(Entity e) {
        Character g = genders.get(e);
        return g == null ? 0 : g;
    }

    private static char genderOf(Entity e) {
        if (e.type() != Entity.Type.PERSON) {
            return 0;
        }
        String[] t = e.name().split("\\s+");
        char given = t.length >= 2 ? Gazetteer.get().gender(t[0]) : 0;
        if (given != 0) {
            return given;
        }
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        boolean m = false;
        boolean f = false;
        for (String n : names) {
            String first = n.split("\\s+")[0].toLowerCase(Locale.ROOT).replace(".", "");
            switch (first) {
                case "mr", "sir", "lord", "king", "prince", "congressman" -> m = true;
                case "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "chairwoman",
                        "spokeswoman" -> f = true;
                default -> {
                }
            }
        }
        return m == f ? 0 : m ? 'm' : 'f';
    }
}
