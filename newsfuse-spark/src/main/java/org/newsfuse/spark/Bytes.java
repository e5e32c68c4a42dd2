package org.newsfuse.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * An object as the bytes of its Java serialisation. The story shuffle carries processed articles
 * this way: Spark sizes what its shuffle buffers hold by walking their object graphs (an article
 * with its tokens and tags is thousands of objects, walked again at every size sample), while a
 * byte array is sized at once. The bytes are the ones Spark's own serializer would have written.
 */
final class Bytes {
    private Bytes() {
    }

    static byte[] of(Serializable value) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + value.getClass().getName(), e);
        }
        return buf.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T> T read(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read serialised bytes", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot read serialised bytes: " + e.getMessage(), e);
        }
    }
}
