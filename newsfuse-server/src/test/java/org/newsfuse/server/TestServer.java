package org.newsfuse.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.newsfuse.engine.EngineOptions;

/** A real server on a random loopback port over a fresh store, and a real HTTP client for it. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final DeskServer server;
    final String base;

    TestServer(Path db, ServerOptions options) {
        server = DeskServer.start(db, options, EngineOptions.defaults());
        base = "http://127.0.0.1:" + server.port();
    }

    static TestServer start(Path db, String token) {
        return new TestServer(db, ServerOptions.of(0, token, "test"));
    }

    record Reply(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    Reply post(String path, String token, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    Reply send(HttpRequest r) {
        try {
            HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            return new Reply(resp.statusCode(), resp.body(), resp);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Invented articles: two reports of a flood in an invented valley and two of an invented council's budget. */
    static ArrayNode fixture() {
        ArrayNode a = JSON.createArrayNode();
        a.add(article("Brindle Valley floods force 300 from their homes", "Ostmark Gazette", "2024-05-06",
                "https://ostmark.example/flood", "Heavy rain swelled the river Brindle on Sunday and forced about 300 residents "
                + "of Carrow and Lindell from their homes, the valley's emergency office said on Monday. "
                + "Water rose to the first floor of houses along Mill Street in Carrow, where firefighters used boats to reach "
                + "families. \"We have never seen the Brindle this high,\" said Mayor Tova Renlund. "
                + "The regional weather service said more rain was expected until Wednesday."));
        a.add(article("Hundreds evacuated as river Brindle bursts its banks", "Lindell Courier", "2024-05-06",
                "https://courier.example/brindle", "About 300 people were evacuated from Carrow and Lindell after the river "
                + "Brindle burst its banks on Sunday, the emergency office said. Firefighters in boats reached families on "
                + "Mill Street in Carrow. Mayor Tova Renlund said the town had never seen the river so high. "
                + "Forecasters warned that rain would continue until Wednesday and the river could rise further."));
        a.add(article("Tarsen council passes budget with new tram line", "Tarsen Post", "2024-03-12", null,
                "Tarsen city council on Tuesday approved a budget of 412 million crowns that includes money for a new tram "
                + "line to the harbour district. Councillor Edda Moravec said the tram would open in 2027. "
                + "The budget passed by 31 votes to 12 after a six-hour debate. Opposition councillors said the tram was too "
                + "expensive and called for more buses instead."));
        a.add(article("Tram to harbour district in Tarsen budget", "Harbour Weekly", "2024-03-13", "https://weekly.example/tram",
                "The council of Tarsen approved a 412-million-crown budget on Tuesday, with funds for a tram line to the "
                + "harbour district. Councillor Edda Moravec said the line would open in 2028. The vote was 31 to 12. "
                + "Opposition members argued that buses would be cheaper than a tram."));
        return a;
    }

    static ObjectNode article(String title, String outlet, String published, String url, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", title);
        o.put("outlet", outlet);
        o.put("published", published);
        if (url != null) {
            o.put("url", url);
        }
        o.put("text", text);
        return o;
    }

    @Override
    public void close() {
        server.close();
    }
}
