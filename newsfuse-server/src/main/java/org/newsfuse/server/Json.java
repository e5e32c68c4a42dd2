package org.newsfuse.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/** JSON helpers: a strict reader for request bodies and wording for errors. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper STRICT = new ObjectMapper();

    static {
        STRICT.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private Json() {
    }

    /** A request body as JSON; an {@link ApiError} (400) says where it is malformed. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("empty body: send JSON");
        }
        try {
            JsonNode n = STRICT.readTree(body);
            if (n == null || n.isMissingNode()) {
                throw ApiError.badRequest("empty body: send JSON");
            }
            return n;
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw ApiError.badRequest("malformed JSON" + where + ": " + clip(m == null ? e.getClass().getSimpleName() : m));
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof ApiError a) {
                throw a;
            }
            throw ApiError.badRequest("malformed JSON: " + e.getClass().getSimpleName());
        }
    }

    static String kind(JsonNode n) {
        return n.isNumber() ? "a number" : n.isBoolean() ? "a boolean" : n.isArray() ? "an array"
                : n.isObject() ? "an object" : n.isTextual() ? "a string" : n.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    static String clip(String s) {
        String one = s.replaceAll("[\\p{Cntrl}]+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
