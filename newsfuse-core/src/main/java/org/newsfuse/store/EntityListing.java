package org.newsfuse.store;

import java.util.List;

/**
 * An entity as one story knows it.
 *
 * @param name     canonical name
 * @param type     PERSON, ORGANISATION, PLACE or OTHER
 * @param aliases  its other names in that story
 * @param mentions mentions in that story
 * @param story    the story
 */
public record EntityListing(String name, String type, List<String> aliases, int mentions, String story) {
    public EntityListing {
        aliases = List.copyOf(aliases);
    }
}
