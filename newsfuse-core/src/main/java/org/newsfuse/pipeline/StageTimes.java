package org.newsfuse.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time went, stage by stage: for every named stage (or phase of the engine), how many
 * items went through it, the time spent in it summed over the threads that ran it, and the CPU time
 * of those threads in it (the figure a busy machine does not inflate much). Thread-safe: article
 * stages run on a pool and add to the same counters. Stages keep the order they were first timed in.
 */
public final class StageTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    /** One stage's totals. {@code nanos} is time in the stage summed over threads; {@code cpuNanos} their CPU time. */
    public record Total(String stage, long items, long nanos, long cpuNanos) {
        public double seconds() {
            return nanos / 1e9;
        }

        public double cpuSeconds() {
            return cpuNanos / 1e9;
        }
    }

    private static final class Counter {
        final LongAdder items = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder cpu = new LongAdder();
    }

    /** A started measurement of one item in one stage, on the current thread. */
    public final class Timer {
        private final String stage;
        private final long t0 = System.nanoTime();
        private final long c0 = cpuNow();

        private Timer(String stage) {
            this.stage = stage;
        }

        /** Adds the time since {@link StageTimes#start(String)} to the stage. */
        public void stop() {
            add(stage, 1, System.nanoTime() - t0, cpuNow() - c0);
        }
    }

    /** Starts timing one item of {@code stage} on this thread. */
    public Timer start(String stage) {
        return new Timer(stage);
    }

    /** Adds a measurement taken elsewhere. */
    public void add(String stage, long items, long nanos, long cpuNanos) {
        Counter c = counters.get(stage);
        if (c == null) {
            synchronized (order) {
                c = counters.get(stage);
                if (c == null) {
                    c = new Counter();
                    counters.put(stage, c);
                    order.add(stage);
                }
            }
        }
        c.items.add(items);
        c.nanos.add(nanos);
        c.cpu.add(Math.max(0, cpuNanos));
    }

    /** The CPU time of the current thread, or 0 where the JVM cannot tell. */
    public static long cpuNow() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Every stage's totals, in the order the stages were first timed. */
    public List<Total> totals() {
        List<String> names;
        synchronized (order) {
            names = List.copyOf(order);
        }
        List<Total> out = new ArrayList<>();
        for (String n : names) {
            Counter c = counters.get(n);
            out.add(new Total(n, c.items.sum(), c.nanos.sum(), c.cpu.sum()));
        }
        return out;
    }

    /** The totals as a small table for a terminal: stage, items, seconds (summed over threads), CPU seconds, share. */
    public String table() {
        List<Total> ts = totals();
        long all = 0;
        for (Total t : ts) {
            all += t.nanos();
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s %9s %10s %10s %7s%n", "stage", "items",
                "time s", "CPU s", "share"));
        for (Total t : ts) {
            sb.append(String.format(Locale.ROOT, "%-22s %9d %10.2f %10.2f %6.1f%%%n", t.stage(), t.items(), t.seconds(),
                    t.cpuSeconds(), all == 0 ? 0 : 100.0 * t.nanos() / all));
        }
        return sb.toString();
    }
}
