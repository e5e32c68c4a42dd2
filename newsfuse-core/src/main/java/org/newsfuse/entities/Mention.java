package org.newsfuse.entities;

import java.util.List;
import org.newsfuse.model.Entity;

/**
 * One place an article names or describes something.
 *
 * @param article   the article's id
 * @param start     offset of the mention (title included) in the article's clean text
 * @param end       offset after it
 * @param text      the mention as written ("Russian Foreign Minister Sergey Lavrov", "the EAM")
 * @param kind      a name, or a definite description of a person
 * @param type      what it names; null when the article alone cannot tell
 * @param name      the name without its title ("Sergey Lavrov"); for a description, its words in lower case
 * @param role      the title or appositive role bound to the name here ("Russian Foreign Minister"), or null
 * @param country   the nationality its title or context gives ("Russia"), or null
 * @param personCue whether the context says it is a person (a title, an honorific, a verb of saying)
 */
public record Mention(String article, int start, int end, String text, Kind kind, Entity.Type type, String name,
        String role, String country, boolean personCue) {

    /** Names and descriptions. */
    public enum Kind { NAME, DESCRIPTION }

    /** The name's tokens. */
    public List<String> nameTokens() {
        return List.of(name.split(" "));
    }
}
