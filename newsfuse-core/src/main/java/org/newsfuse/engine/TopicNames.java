package org.newsfuse.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfuse.model.Entity;
import org.newsfuse.model.Story;

/**
 * A topic's name: the names its stories share (people, organisations, places the entities stage
 * found), the most widely shared first, at most two; with no shared name, the most mentioned name
 * of its biggest story; with no name at all, that story's headline.
 */
final class TopicNames {
    private TopicNames() {
    }

    /** Names a topic's name holds at most. */
    static final int MAX_NAMES = 2;

    static String name(List<Story> stories) {
        if (stories.isEmpty()) {
            return "";
        }
        Map<String, Integer> storiesWith = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (Story s : stories) {
            Set<String> seen = new HashSet<>();
            for (Entity e : s.entities()) {
                if (e.type() == Entity.Type.OTHER || e.name() == null || e.name().isBlank()) {
                    continue;
                }
                String key = e.name().toLowerCase(Locale.ROOT);
                shown.putIfAbsent(key, e.name());
                mentions.merge(key, e.mentions(), Integer::sum);
                if (seen.add(key)) {
                    storiesWith.merge(key, 1, Integer::sum);
                }
            }
        }
        List<String> keys = new ArrayList<>(shown.keySet());
        keys.sort((a, b) -> {
            int c = Integer.compare(storiesWith.get(b), storiesWith.get(a));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(mentions.get(b), mentions.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        int need = stories.size() > 1 ? 2 : 1;
        List<String> picked = new ArrayList<>();
        for (String k : keys) {
            if (picked.size() == MAX_NAMES || storiesWith.get(k) < Math.min(need, stories.size())) {
                break;
            }
            picked.add(shown.get(k));
        }
        if (picked.isEmpty() && !keys.isEmpty()) {
            picked.add(shown.get(keys.get(0)));
        }
        if (picked.isEmpty()) {
            String h = stories.get(0).headline();
            return h == null ? stories.get(0).id() : h;
        }
        return String.join(", ", picked);
    }
}
