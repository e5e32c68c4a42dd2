package org.newsfuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsfuse.engine.Engine;
import org.newsfuse.engine.EngineOptions;
import org.newsfuse.model.Article;
import org.newsfuse.model.RawDocument;
import org.newsfuse.model.SourceFormat;
import org.newsfuse.pipeline.Pipeline;

/** Articles made from text fixtures by the standard article stages. */
public final class TestArticles {
    private TestArticles() {
    }

    private static final Pipeline PIPELINE = Engine.standardPipeline(EngineOptions.defaults());

    public static List<Article> of(String... texts) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Article a = Article.of("a" + (i + 1), new RawDocument("t" + (i + 1) + ".txt", SourceFormat.TEXT, texts[i], Map.of()));
            Article done = PIPELINE.processArticle(a, e -> {
                throw new AssertionError(e.line());
            });
            out.add(done);
        }
        return out;
    }

    /** Three invented outlets' reports of one invented event. */
    public static final String[] FERRY = {
        "A passenger ferry ran aground off Skarn Island on Saturday morning, and all 212 people on board were "
                + "rescued, the coastguard said.\n\n"
                + "The ferry Nordlys struck a sandbank in thick fog shortly after leaving the port of Velby, "
                + "the coastguard said.\n\n"
                + "\"Everyone is safe and accounted for,\" coastguard spokeswoman Ilse Varga told reporters.\n\n"
                + "The operator, Skarnline, said it had suspended the route until the ship was inspected.",
        "All 212 passengers and crew were rescued after a ferry ran aground near Skarn Island on Saturday, "
                + "according to the coastguard.\n\n"
                + "The vessel hit a sandbank in dense fog soon after it left Velby harbour.\n\n"
                + "Skarnline said the route was suspended until the ship had been inspected by divers.\n\n"
                + "Local fishermen helped ferry passengers to shore in their own boats.",
        "Rescuers brought 212 people to safety on Saturday after the ferry Nordlys ran aground off Skarn Island "
                + "in fog.\n\n"
                + "Coastguard spokeswoman Ilse Varga said everyone was safe and accounted for.\n\n"
                + "It was the second grounding on the route in three years, after a similar accident in 2021.\n\n"
                + "The island's mayor thanked the fishermen who helped with the rescue."
    };
}
