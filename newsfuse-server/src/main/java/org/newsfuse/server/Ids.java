package org.newsfuse.server;

/** Story and article ids from a path, checked before they reach the store. */
final class Ids {
    private Ids() {
    }

    static String story(String id) {
        return check(id, 's', "story");
    }

    static String article(String id) {
        return check(id, 'a', "article");
    }

    private static String check(String id, char prefix, String what) {
        if (id == null || !id.matches("[" + prefix + "]\\d{1,18}")) {
            throw ApiError.notFound("no " + what + " with id '" + Json.clip(String.valueOf(id)) + "' (" + what
                    + " ids look like " + prefix + "12)");
        }
        return id;
    }
}
