package org.newsfuse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsfuse.model.RawDocument;

/** Helpers of the store tests: the demo corpus as files, story memberships, plain SQL over a store file. */
final class StoreTestSupport {
    private StoreTestSupport() {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** The demo corpus written as files; returns them in corpus order. */
    static List<Path> demoFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (RawDocument d : DemoCommand.corpus()) {
            Path p = dir.resolve(d.input().replace("demo/", ""));
            Files.writeString(p, d.content());
            out.add(p);
        }
        return out;
    }

    static String[] args(List<Path> files, String... more) {
        List<String> a = new ArrayList<>(List.of(more));
        files.forEach(f -> a.add(f.toString()));
        return a.toArray(new String[0]);
    }

    /** Story id → the sorted inputs (articles and copies) of its stories.json entry, by file name. */
    static Map<String, TreeSet<String>> memberships(Path storiesJson) throws IOException {
        JsonNode root = JSON.readTree(storiesJson.toFile());
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (JsonNode s : root.path("stories")) {
            TreeSet<String> in = new TreeSet<>();
            for (JsonNode a : s.path("articles")) {
                for (JsonNode i : a.path("inputs")) {
                    in.add(Path.of(i.asText()).getFileName().toString());
                }
            }
            out.put(s.path("id").asText(), in);
        }
        return out;
    }

    /** Every row of a query, as strings. */
    static List<List<String>> rows(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
