package org.newsfuse.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Entity;

/**
 * Merges the mentions of a story's articles into entities, with every alias.
 *
 * <p>People first: full names (given + surname) form people, two full names going together when
 * their surnames are the same name (folded for transliteration, one slip allowed in a long name)
 * and their given names agree (equal, an initial, one slip); a surname shared by two different
 * given names makes two people. Then single names join the one person whose surname (or given name)
 * they are; when two people share it, the one last named in full in the same article takes it, and
 * otherwise nobody does. Then descriptions ("the top Russian diplomat") join the single person whose
 * bound roles and nationality fit every word of it (a role noun or a broader one: a foreign minister
 * is a diplomat); a description that fits no one or several is left out. Everything else groups by
 * its folded name (places by their gazetteer name), and organisation acronyms join the organisation
 * whose initials they are.
 */
public final class EntityResolver {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> INTENSIFIERS = Set.of("top", "senior", "visiting", "veteran", "powerful", "new",
            "then", "current", "incumbent", "outgoing", "influential");

    private static final java.util.regex.Pattern ROLE_WORDS = java.util.regex.Pattern.compile("[\\s\\-]+");

    private final Gazetteer gaz = Gazetteer.get();

    /** What a story's mentions resolved to. */
    public record Result(List<Entity> entities, Map<Mention, Entity> byMention) {
    }

    private static final class Person {
        final List<String> given = new ArrayList<>();
        final String surname;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roleWords = new HashSet<>();
        final Set<String> broaderWords = new HashSet<>();
        final Set<String> countries = new HashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Person(List<String> given, String surname) {
            this.given.addAll(given);
            this.surname = surname;
        }
    }

    private static final class Thing {
        Entity.Type type;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Set<String> articles = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        String canonical;

        Thing(Entity.Type type) {
            this.type = type;
        }
    }

    public Result resolve(List<String> articleOrder, List<Mention> mentions) {
        Set<String> personSurnames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && (m.type() == Entity.Type.PERSON || m.personCue())) {
                String[] t = nameTokens(m);
                if (t.length > 0) {
                    personSurnames.add(NameForms.fold(t[t.length - 1]));
                }
            }
        }
        List<Person> people = new ArrayList<>();
        Map<Mention, Person> personOf = new HashMap<>();
        List<Mention> fulls = new ArrayList<>();
        List<Mention> singles = new ArrayList<>();
        List<Mention> descriptions = new ArrayList<>();
        List<Mention> others = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.DESCRIPTION) {
                descriptions.add(m);
                continue;
            }
            String[] t = nameTokens(m);
            if (t.length == 0) {
                continue;
            }
            boolean personish = m.type() == Entity.Type.PERSON
                    || (m.type() == null && personSurnames.contains(NameForms.fold(t[t.length - 1])));
            if (personish && t.length >= 2) {
                fulls.add(m);
            } else if ((m.type() == null || m.type() == Entity.Type.PERSON) && t.length == 1) {
                singles.add(m);
            } else {
                others.add(m);
            }
        }
        // full names: those with whole given names first, so initials join them
        List<Mention> ordered = new ArrayList<>(fulls);
        ordered.sort(Comparator.comparing(m -> NameForms.isInitial(m.name().substring(0,
                m.name().indexOf(' ') < 0 ? m.name().length() : m.name().indexOf(' ')))));
        for (Mention m : ordered) {
            String[] t = nameTokens(m);
            String sur = NameForms.fold(t[t.length - 1]);
            List<String> given = new ArrayList<>();
            for (int k = 0; k < t.length - 1; k++) {
                given.add(NameForms.fold(t[k]));
            }
            Person found = null;
            for (Person p : people) {
                if (NameForms.sameSurname(p.surname, sur) && !p.given.isEmpty()
                        && NameForms.compatibleGiven(p.given.get(0), given.get(0))) {
                    if (found == null || p.surname.equals(sur) && !found.surname.equals(sur)) {
                        found = p;
                    }
                }
            }
            if (found == null) {
                found = new Person(given, sur);
                people.add(found);
            } else if (found.given.get(0).length() == 1 && given.get(0).length() > 1) {
                found.given.set(0, given.get(0));
            }
            attach(found, m, personOf);
        }
        // single names, in text order
        for (Mention m : singles) {
            String key = NameForms.fold(nameTokens(m)[0]);
            List<Person> cands = new ArrayList<>();
            for (Person p : people) {
                if (p.surname.equals(key)) {
                    cands.add(p);
                }
            }
            if (cands.isEmpty()) {
                for (Person p : people) {
                    if (!p.given.isEmpty() && NameForms.sameSurname(p.surname, key)) {
                        cands.add(p);
                    }
                }
            }
            if (cands.isEmpty()) {
                for (Person p : people) {
                    if (!p.given.isEmpty() && p.given.get(0).equals(key) && key.length() > 2) {
                        cands.add(p);
                    }
                }
            }
            Person chosen = null;
            if (cands.size() == 1) {
                chosen = cands.get(0);
            } else if (cands.size() > 1) {
                chosen = lastNamedBefore(cands, m);
            }
            if (chosen == null && cands.isEmpty() && (m.type() == Entity.Type.PERSON || m.personCue())
                    && gaz.place(m.name()) == null) {
                chosen = new Person(List.of(), key);
                people.add(chosen);
            }
            if (chosen != null) {
                attach(chosen, m, personOf);
            } else if (cands.isEmpty()) {
                others.add(m);
            }
        }
        // roles bound anywhere in the story
        for (Person p : people) {
            for (Mention m : p.mentions) {
                addRole(p, m.role());
                if (m.country() != null) {
                    p.countries.add(m.country());
                }
            }
        }
        for (Mention d : descriptions) {
            Person only = null;
            int fits = 0;
            for (Person p : people) {
                if (fits(p, d)) {
                    fits++;
                    only = p;
                }
            }
            if (fits == 1) {
                only.aliases.add(d.text());
                only.mentions.add(d);
                only.articles.add(d.article());
                personOf.put(d, only);
            }
        }
        List<Thing> things = groupOthers(others);

        Map<Mention, Entity> byMention = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (Person p : people) {
            Entity e = toEntity(p, articleOrder);
            entities.add(e);
            for (Mention m : p.mentions) {
                byMention.put(m, e);
            }
        }
        for (Thing t : things) {
            int n = t.mentions.size();
            Entity.Type type = t.type == null ? Entity.Type.OTHER : t.type;
            if (type == Entity.Type.OTHER && n < 2) {
                continue;
            }
            String name = t.canonical != null ? t.canonical : best(t.forms);
            List<String> aliases = new ArrayList<>();
            for (String f : t.forms.keySet()) {
                if (!f.equals(name)) {
                    aliases.add(f);
                }
            }
            Entity e = new Entity(name, type, aliases, n, ordered(t.articles, articleOrder));
            entities.add(e);
            for (Mention m : t.mentions) {
                byMention.put(m, e);
            }
        }
        entities.sort(Comparator.comparing((Entity e) -> e.type().ordinal()).thenComparing(e -> -e.mentions()));
        return new Result(entities, byMention);
    }

    private static List<String> ordered(Set<String> articles, List<String> order) {
        List<String> out = new ArrayList<>();
        for (String id : order) {
            if (articles.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private Entity toEntity(Person p, List<String> articleOrder) {
        String name = null;
        int bestScore = Integer.MIN_VALUE;
        for (Map.Entry<String, Integer> f : p.forms.entrySet()) {
            String[] t = f.getKey().split(" ");
            int score = (t.length >= 2 ? 1_000_000 : 0) + (NameForms.isInitial(t[0]) ? 0 : 100_000) + f.getValue();
            if (score > bestScore) {
                bestScore = score;
                name = f.getKey();
            }
        }
        List<String> aliases = new ArrayList<>();
        for (String f : p.forms.keySet()) {
            if (!f.equals(name)) {
                aliases.add(f);
            }
        }
        for (String a : p.aliases) {
            if (!a.equals(name) && !aliases.contains(a)) {
                aliases.add(a);
            }
        }
        return new Entity(name, Entity.Type.PERSON, aliases, p.mentions.size(), ordered(p.articles, articleOrder));
    }

    private static void attach(Person p, Mention m, Map<Mention, Person> personOf) {
        p.forms.merge(m.name(), 1, Integer::sum);
        if (!m.text().equals(m.name())) {
            p.aliases.add(m.text());
        }
        p.articles.add(m.article());
        p.mentions.add(m);
        personOf.put(m, p);
    }

    /** Of several people sharing a name, the one last named in full before {@code m} in its article. */
    private static Person lastNamedBefore(List<Person> cands, Mention m) {
        Person best = null;
        int bestStart = -1;
        for (Person p : cands) {
            for (Mention o : p.mentions) {
                if (o.article().equals(m.article()) && o.start() < m.start() && o.start() > bestStart
                        && o.name().contains(" ")) {
                    best = p;
                    bestStart = o.start();
                }
            }
        }
        return best;
    }

    private void addRole(Person p, String role) {
        if (role == null) {
            return;
        }
        List<String> words = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String w : ROLE_WORDS.split(role)) {
            String k = w.toLowerCase(Locale.ROOT).replace(".", "").replace("’s", "").replace("'s", "");
            if (k.isEmpty()) {
                continue;
            }
            String c = gaz.country(w);
            if (c != null) {
                p.countries.add(c);
                continue;
            }
            String expansion = gaz.acronym(w);
            if (expansion != null) {
                for (String x : expansion.split(" ")) {
                    words.add(x.toLowerCase(Locale.ROOT));
                }
                words.add(k);
                continue;
            }
            words.add(k);
            if (Character.isUpperCase(w.charAt(0)) && !k.equals("of")) {
                initials.append(k.charAt(0));
            }
        }
        p.roleWords.addAll(words);
        if (initials.length() >= 2) {
            p.roleWords.add(initials.toString());
        }
        // broader nouns for the role's last one, two and three words
        for (int n = 1; n <= 3 && n <= words.size(); n++) {
            String key = String.join(" ", words.subList(words.size() - n, words.size()));
            for (String b : gaz.broader(key)) {
                p.broaderWords.addAll(List.of(b.split(" ")));
            }
        }
        for (String w : words) {
            for (String b : gaz.broader(w)) {
                p.broaderWords.addAll(List.of(b.split(" ")));
            }
        }
    }

    private boolean fits(Person p, Mention d) {
        if (p.roleWords.isEmpty()) {
            return false;
        }
        if (d.country() != null && !p.countries.contains(d.country())) {
            return false;
        }
        int content = 0;
        for (String w : d.name().split(" ")) {
            if (INTENSIFIERS.contains(w) || gaz.country(w) != null) {
                continue;
            }
            content++;
            String exp = gaz.acronym(w);
            if (exp != null && p.roleWords.contains(w)) {
                continue;
            }
            if (!p.roleWords.contains(w) && !p.broaderWords.contains(w)) {
                return false;
            }
        }
        return content > 0;
    }

    private String[] nameTokens(Mention m) {
        String[] t = m.name().split(" ");
        int n = t.length;
        while (n > 1 && SUFFIXES.contains(t[n - 1].toLowerCase(Locale.ROOT).replace(".", "").replace(",", ""))) {
            n--;
        }
        if (n == t.length) {
            return t;
        }
        String[] out = new String[n];
        System.arraycopy(t, 0, out, 0, n);
        return out;
    }

    private List<Thing> groupOthers(List<Mention> others) {
        Map<String, Thing> byKey = new LinkedHashMap<>();
        for (Mention m : others) {
            String place = gaz.place(m.name());
            Entity.Type type = place != null ? Entity.Type.PLACE : m.type();
            String key = place != null ? "place:" + place : fold(m.name());
            Thing t = byKey.computeIfAbsent(key, k -> new Thing(type));
            if (place != null) {
                t.canonical = place;
            }
            if (t.type == null && type != null) {
                t.type = type;
            }
            t.forms.merge(m.name(), 1, Integer::sum);
            t.articles.add(m.article());
            t.mentions.add(m);
        }
        // organisation acronyms join the organisation whose initials they are
        Map<String, Thing> byInitials = new HashMap<>();
        for (Thing t : byKey.values()) {
            if (t.type == Entity.Type.ORGANISATION || t.type == null) {
                String name = best(t.forms);
                String[] w = name.split(" ");
                if (w.length >= 2) {
                    StringBuilder sb = new StringBuilder();
                    for (String x : w) {
                        if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
                            sb.append(Character.toLowerCase(x.charAt(0)));
                        }
                    }
                    if (sb.length() >= 2) {
                        byInitials.putIfAbsent(sb.toString(), t);
                    }
                }
            }
        }
        List<Thing> out = new ArrayList<>();
        for (Map.Entry<String, Thing> e : byKey.entrySet()) {
            Thing t = e.getValue();
            String name = best(t.forms);
            Thing full = name.contains(" ") ? null : byInitials.get(name.toLowerCase(Locale.ROOT));
            if (full != null && full != t) {
                for (Map.Entry<String, Integer> f : t.forms.entrySet()) {
                    full.forms.merge(f.getKey(), f.getValue(), Integer::sum);
                }
                full.articles.addAll(t.articles);
                full.mentions.addAll(t.mentions);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static String fold(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            sb.append(NameForms.fold(w)).append(' ');
        }
        return sb.toString().strip();
    }

    private static String best(Map<String, Integer> forms) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> f : forms.entrySet()) {
            if (f.getValue() > n || f.getValue() == n && f.getKey().length() > best.length()) {
                best = f.getKey();
                n = f.getValue();
            }
        }
        return best;
    }
}
