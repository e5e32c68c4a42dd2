package org.newsfuse.model;

import java.util.List;

/**
 * A person, organisation, place or other named thing of a story, with every name it goes by.
 *
 * @param name     canonical name
 * @param type     person, organisation, place or other
 * @param aliases  every other name and description that refers to it in the story
 * @param mentions how many times it is mentioned across the story
 * @param articles ids of the articles that mention it
 */
public record Entity(String name, Type type, List<String> aliases, int mentions, List<String> articles) implements java.io.Serializable {
    public Entity {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }

    /** Kinds of entity. */
    public enum Type { PERSON, ORGANISATION, PLACE, OTHER }
}
