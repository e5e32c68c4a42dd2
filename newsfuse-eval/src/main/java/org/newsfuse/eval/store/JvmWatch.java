package org.newsfuse.eval.store;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's work in this JVM while the readers of {@code eval serve-load} run (the server is in
 * this JVM): per collector, the collections, their summed and longest duration as the JVM reports
 * them ({@link GarbageCollectionNotificationInfo}: for G1's and Parallel's young and full
 * collections, the pause), and the process's CPU time over the same window, split by what the
 * threads were doing when sampled (every 200 ms, by name): answering readers (the server's HTTP
 * threads), ingesting (the HTTP thread of a POST while it ingests, and the ingest's workers), other
 * Java threads, and the rest (the JIT compilers, the collector, the VM: not Java threads).
 */
final class JvmWatch implements NotificationListener, AutoCloseable {
    private record Stat(int count, double totalMs, double maxMs) {
    }

    private final Map<String, Stat> stats = new TreeMap<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final long cpu0;
    private final long wall0 = System.nanoTime();
    private long cpu1 = -1;
    private long wall1;
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> lastCpu = new java.util.HashMap<>();
    private final Map<String, Long> byGroup = new TreeMap<>();
    private final Thread sampler;
    private boolean started;

    JvmWatch() {
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (b instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
        cpu0 = processCpu();
        sample();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        }, "serve-load-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** What a thread of this name is doing, for the split of the CPU time. */
    static String group(String name) {
        if (name.startsWith("newsfuse-api-ingest") || name.startsWith("newsfuse-ingest") || name.startsWith("newsfuse-worker")) {
            return "ingest";
        }
        return name.startsWith("newsfuse-http") ? "readers" : "other Java threads";
    }

    private synchronized void sample() {
        if (cpu1 >= 0 || !threads.isThreadCpuTimeSupported()) {
            return;
        }
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null) {
                continue;
            }
            long c = threads.getThreadCpuTime(t.getThreadId());
            if (c < 0) {
                continue;
            }
            Long last = lastCpu.put(t.getThreadId(), c);
            if (started) {
                // a thread started since the last sample used all its CPU time in the window
                byGroup.merge(group(t.getThreadName()), c - (last == null ? 0 : last), Long::sum);
            }
        }
        started = true;
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    @Override
    public synchronized void handleNotification(Notification n, Object handback) {
        if (cpu1 >= 0 || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        double ms = info.getGcInfo().getDuration();
        stats.merge(info.getGcName(), new Stat(1, ms, ms),
                (a, b) -> new Stat(a.count() + 1, a.totalMs() + b.totalMs(), Math.max(a.maxMs(), b.maxMs())));
    }

    /** Ends the window: later collections are not counted. */
    @Override
    public void close() {
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        end();
    }

    private synchronized void end() {
        if (cpu1 < 0) {
            sample();
            cpu1 = processCpu();
            wall1 = System.nanoTime();
        }
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }

    /** One sentence: the collectors' work in the window and the process's CPU time (the server and the ingest). */
    synchronized String line() {
        List<String> parts = new ArrayList<>();
        stats.forEach((name, s) -> parts.add(String.format(Locale.ROOT, "%s %d × (%.0f ms in all, longest %.0f ms)", name,
                s.count(), s.totalMs(), s.maxMs())));
        String gc = parts.isEmpty() ? "no collection" : String.join(", ", parts);
        double wall = (wall1 - wall0) / 1e9;
        long java = byGroup.values().stream().mapToLong(Long::longValue).sum();
        List<String> split = new ArrayList<>();
        byGroup.forEach((g, ns) -> split.add(String.format(Locale.ROOT, "%s %.1f s", g, ns / 1e9)));
        split.add(String.format(Locale.ROOT, "JIT, collector and VM %.1f s", Math.max(0, cpu1 - cpu0 - java) / 1e9));
        String cpu = cpu0 < 0 ? "" : String.format(Locale.ROOT, "; this JVM (server and ingest, not `wrk`) used %.1f s of CPU in "
                + "those %.1f s (%.0f%% of the %d cores): %s", (cpu1 - cpu0) / 1e9, wall, 100 * (cpu1 - cpu0) / 1e9 / wall
                / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(), String.join(", ", split));
        return "The JVM during the load (" + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).reduce((a, b) -> a + " " + b).orElse("default flags") + "): " + gc + cpu + ".";
    }
}
