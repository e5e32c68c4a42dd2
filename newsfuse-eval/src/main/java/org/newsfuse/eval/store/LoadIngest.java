package org.newsfuse.eval.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The ingest of {@code eval serve-load}: the POST bodies sent one after another, each timed. */
final class LoadIngest implements Runnable {
    private final String base;
    private final String token;
    private final List<String> bodies;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Double> seconds = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private volatile boolean stop;
    private volatile int done;
    private volatile int articles;
    private volatile double total;

    LoadIngest(String base, String token, List<String> bodies) {
        this.base = base;
        this.token = token;
        this.bodies = bodies;
    }

    @Override
    public void run() {
        long t0 = System.nanoTime();
        for (String b : bodies) {
            if (stop) {
                break;
            }
            long s = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(20)).POST(HttpRequest.BodyPublishers.ofString(b)).build(),
                        HttpResponse.BodyHandlers.ofString());
                synchronized (this) {
                    seconds.add((System.nanoTime() - s) / 1e9);
                    if (r.statusCode() != 200) {
                        problems.add("POST -> " + r.statusCode() + " " + r.body());
                    } else {
                        articles += r.body().split("\"status\":\"").length - 1;
                    }
                }
            } catch (java.io.IOException e) {
                synchronized (this) {
                    problems.add("POST -> " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            done++;
            total = (System.nanoTime() - t0) / 1e9;
        }
    }

    void stop() {
        stop = true;
    }

    /** POSTs answered so far. */
    int done() {
        return done;
    }

    int posts() {
        return bodies.size();
    }

    int articles() {
        return articles;
    }

    double totalSeconds() {
        return total;
    }

    synchronized List<Double> postSeconds() {
        return List.copyOf(seconds);
    }

    synchronized int errors() {
        return problems.size() + (done < bodies.size() ? 1 : 0);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
