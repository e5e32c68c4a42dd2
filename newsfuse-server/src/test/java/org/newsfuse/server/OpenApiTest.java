package org.newsfuse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /openapi.json is valid OpenAPI 3.1 (swagger-parser) and describes every route the server registers, and no other. */
class OpenApiTest {
    @TempDir
    Path dir;

    @Test
    void theDescriptionIsValidAndCoversEveryRoute() {
        try (TestServer srv = TestServer.start(dir.resolve("o.db"), null)) {
            TestServer.Reply r = srv.get("/openapi.json");
            assertEquals(200, r.status());
            ParseOptions opts = new ParseOptions();
            opts.setResolve(true);
            opts.setValidateInternalRefs(true);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, opts);
            assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages(), "validation messages");
            OpenAPI api = parsed.getOpenAPI();
            assertNotNull(api);
            assertEquals("3.1.0", api.getOpenapi());
            assertEquals("test", api.getInfo().getVersion());
            List<String> routes = srv.server.routes();
            assertTrue(routes.contains("GET /api/stories") && routes.contains("POST /api/articles"), routes.toString());
            List<String> missing = new ArrayList<>();
            for (String route : routes) {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1);
                PathItem item = api.getPaths().get(path);
                if (item == null || !item.readOperationsMap().containsKey(PathItem.HttpMethod.valueOf(method))) {
                    missing.add(route);
                }
            }
            assertEquals(List.of(), missing, "routes the description leaves out");
            List<String> extra = new ArrayList<>();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(m -> {
                if (!routes.contains(m.name().toUpperCase(Locale.ROOT) + " " + path)) {
                    extra.add(m + " " + path);
                }
            }));
            assertEquals(List.of(), extra, "described operations the server does not have");
            api.getPaths().forEach((path, item) -> item.readOperationsMap().values().forEach(op -> {
                assertFalse(op.getResponses().isEmpty(), path);
                assertNotNull(op.getOperationId(), path);
            }));
        }
    }
}
