package org.newsfuse.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScrapedTextCleanerTest {
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();

    private static final String PAGE = String.join("\n",
            " date 2024-09-02 Subscribe",
            "Home >World >Asia >Port workers end strike after pay deal in Tallis",
            "",
            "Port workers end strike after pay deal in Tallis",
            "",
            "Dock workers walk past idle cranes at the port of Tallis, September 1, 2024. Port Authority/Handout via WIRE ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
            "2 min read . 04:15 PM IST Staff Writer",
            "",
            "  • The strike had halted container traffic for nine days",
            "",
            "TALLIS: Dock workers at the port of Tallis ended a nine-day strike on Monday after the port authority agreed to raise wages by 7 percent, union leaders said.",
            "",
            "\"We have won what we came for,\" said union chair Oskar Menet. \"The cranes will move tonight.\"",
            "",
            "Ships waited.",
            "",
            "The authority said the deal would cost about 40 million crowns a year.",
            "",
            "Follow us on Telegram for more updates",
            "TAGS",
            "Tallis port strike",
            "Related Stories",
            "Fuel prices rise for third week (File Photo | AP)",
            "Comments",
            "Disclaimer : We respect your views! All comments are moderated by tallistimes.com editorial. The views expressed in comments are those of the comment writers alone.",
            "facebook twitter whatsapp");

    @Test
    void keepsProseIncludingShortParagraphsAndQuotes() {
        CleanResult r = cleaner.clean(PAGE);
        assertEquals(5, r.paragraphs().size(), r.paragraphs().toString());
        assertEquals("The strike had halted container traffic for nine days", r.paragraphs().get(0));
        assertTrue(r.paragraphs().get(1).startsWith("Dock workers at the port of Tallis ended"));
        assertTrue(r.paragraphs().get(2).startsWith("\"We have won what we came for,\""));
        assertEquals("Ships waited.", r.paragraphs().get(3));
        assertTrue(r.paragraphs().get(4).startsWith("The authority said the deal"));
    }

    @Test
    void dropsEveryKindOfClutter() {
        String text = String.join("\n", cleaner.clean(PAGE).paragraphs());
        for (String clutter : new String[] {"Subscribe", "Home >", "ATTENTION EDITORS", "min read", "Telegram", "TAGS",
                "Related Stories", "Fuel prices", "Comments", "Disclaimer", "moderated", "whatsapp", "Handout"}) {
            assertFalse(text.contains(clutter), "clutter survived: " + clutter + "\n" + text);
        }
    }

    @Test
    void readsMetadataFromTheClutter() {
        CleanResult r = cleaner.clean(PAGE);
        assertEquals(LocalDate.of(2024, 9, 2), r.published());
        assertEquals("Port workers end strike after pay deal in Tallis", r.title());
        assertEquals("Staff Writer", r.byline());
        assertEquals("TALLIS", r.dateline());
        assertEquals("tallistimes.com", r.outlet());
    }

    @Test
    void publishedLineAndNamedOutlet() {
        String page = String.join("\n",
                "Home Nation",
                "",
                "Council approves new tram line for the harbour district",
                "",
                "Published: 14th March 2023 06:40 PM  |   Last Updated: 15th March 2023 08:10 AM   |  A+A-",
                "",
                "By Mira Okafor",
                "",
                "The city council on Tuesday approved a 4.2-kilometre tram line linking the harbour district with the central station.",
                "",
                "Construction is due to start next spring and take three years, the transport department said.",
                "",
                "Now we are on WhatsApp too. Follow us for updates",
                "The views expressed in comments published on dailyharbour.example are those of the comment writers alone. They do not represent the views of The Daily Harbour.");
        CleanResult r = cleaner.clean(page);
        assertEquals(LocalDate.of(2023, 3, 14), r.published());
        assertEquals("Council approves new tram line for the harbour district", r.title());
        assertEquals("Mira Okafor", r.byline());
        assertEquals("The Daily Harbour", r.outlet());
        assertEquals(2, r.paragraphs().size(), r.paragraphs().toString());
    }

    @Test
    void unknownStaysUnknown() {
        CleanResult r = cleaner.clean("The committee met on Friday and agreed on a new budget for the schools.\n\n"
                + "Members said the plan would be published next week after a final review.");
        assertNull(r.published());
        assertNull(r.title());
        assertNull(r.byline());
        assertNull(r.outlet());
        assertNull(r.dateline());
        assertEquals(2, r.paragraphs().size());
    }

    @Test
    void dateInProseIsNotThePublicationDate() {
        CleanResult r = cleaner.clean("The treaty was signed on 3 May 2019 in the old town hall by both mayors.\n\n"
                + "It has been renewed twice since then, officials told reporters on the steps outside.");
        assertNull(r.published());
    }

    @Test
    void hardWrappedParagraphWhoseLinesStartWithNamesIsOneParagraph() {
        CleanResult r = cleaner.clean("\nAt least 31 people have been confirmed dead in Norvalle from tropical \n"
                + "Storm Alder, bringing the storm's death toll in the region to 57, the \n"
                + "National Emergency Office said Saturday. Alder _ once, 2nd graf pvs \n");
        assertEquals(1, r.paragraphs().size(), r.removed().toString());
        assertTrue(r.paragraphs().get(0).startsWith("At least 31 people have been confirmed dead in Norvalle from tropical Storm Alder,"),
                r.paragraphs().get(0));
    }

    @Test
    void captionWithGluedCreditGoesAndInlineLinkIsStripped() {
        CleanResult r = cleaner.clean("The ministers agreed to reopen the border crossing within a month.(Foreign Ministry/Handout via WIRE )\n"
                + "Both sides said trade would resume at once, officials said on Friday. READ | Border talks to resume next week\n"
                + "The crossing had been closed since the floods of last year destroyed its bridge.");
        assertEquals(2, r.paragraphs().size(), r.paragraphs().toString());
        assertEquals("Both sides said trade would resume at once, officials said on Friday.", r.paragraphs().get(0));
        assertTrue(r.removed().stream().anyMatch(x -> x.startsWith("caption: The ministers agreed")), r.removed().toString());
        assertTrue(r.removed().stream().anyMatch(x -> x.contains("READ | Border talks")), r.removed().toString());
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String wrapped = String.join("\n",
                "The regional parliament voted on Thursday to extend the fishing ban in the",
                "northern bay for another two years, rejecting an appeal from the local boat",
                "owners' association, which said its members could not survive another season",
                "without a catch.");
        CleanResult r = cleaner.clean(wrapped);
        assertEquals(1, r.paragraphs().size());
        assertTrue(r.paragraphs().get(0).contains("in the northern bay"));
    }

    @Test
    void tickerMenuAndInBodyHeading() {
        String page = String.join("\n",
                "MARKETS  IDX 4,790.05 ▼0.21%   GLD 1,188.40 ▼1.04%   Brent $70.95",
                "News · Business · Sport · Weather · Live TV",
                "The storm brought down power lines across the valley overnight, leaving thousands without electricity.",
                "Repairs under way",
                "Crews from three provinces were working to restore power by Sunday evening, the utility said.");
        CleanResult r = cleaner.clean(page);
        assertEquals(3, r.paragraphs().size(), r.paragraphs().toString());
        assertEquals("Repairs under way", r.paragraphs().get(1));
        assertNull(r.title());
    }

    @Test
    void longWireStoryMentioningCommentsAndModeratesIsProseNotADisclaimer() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append("The harbour council met again on Thursday to weigh a moderate plan for the quay, and members\n")
                    .append("declined to comment on the cost while engineers finished their survey of the\n")
                    .append("old breakwater, which storms have battered for three winters running now.\n");
        }
        CleanResult r = cleaner.clean(sb.toString());
        assertEquals(1, r.paragraphs().size(), r.removed().toString());
        assertTrue(r.paragraphs().get(0).split("\\s+").length > 300);
    }

    @Test
    void wireDatelineWithUnderscoreIsLifted() {
        CleanResult r = cleaner.clean("VELBY, Norland (AP) _ The ferry operator suspended the route on Sunday after a "
                + "second grounding in three years, the coastguard said.");
        assertEquals("VELBY", r.dateline());
        assertTrue(r.paragraphs().get(0).startsWith("The ferry operator"), r.paragraphs().toString());
    }

    @Test
    void shortHardWrappedStoryStartingLinesWithNumbersIsJoined() {
        String wrapped = String.join("\n",
                "The mayor of Velby told reporters late on Sunday night that between ",
                "1,000 and 1,500 homes were flooded in a 12-square mile (31 square-kilometer) ",
                "area below the dam on the river Sell in the north of the country. ",
                "That is in addition to at least 300 homes elsewhere in the region, ",
                "officials said. ");
        CleanResult r = cleaner.clean(wrapped);
        assertEquals(1, r.paragraphs().size(), r.paragraphs().toString());
        assertNull(r.title());
        assertTrue(r.paragraphs().get(0).startsWith("The mayor of Velby told reporters late on Sunday night that between 1,000"));
    }
}
