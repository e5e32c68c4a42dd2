package org.newsfuse.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Lazy iterator plumbing for partitions that must stream. */
final class Iterators {
    private Iterators() {
    }

    /** Each element's iterator in turn, opened only when the one before is used up. */
    static <A, B> Iterator<B> flatMap(Iterator<A> in, Function<A, Iterator<B>> f) {
        return new Iterator<>() {
            private Iterator<B> cur = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!cur.hasNext()) {
                    if (!in.hasNext()) {
                        return false;
                    }
                    cur = f.apply(in.next());
                }
                return true;
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return cur.next();
            }
        };
    }
}
