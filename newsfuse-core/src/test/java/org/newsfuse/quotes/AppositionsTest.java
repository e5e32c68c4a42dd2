package org.newsfuse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A person named first, then described ("[name], the chair of [board], [more], said"): the speaker is
 * the person, not the description, however many parentheses follow the name. A relative's antecedent
 * is never a place: "[name], 30, of [town], [state], who …, said" is the person.
 * An apposition the writer did not close ("[name], president of [association] stated") is the person too.
 */
class AppositionsTest {
    private static Attribution with(String t, String contentStart) {
        return SpeakersTest.with(SpeakersTest.attributions(t), t, contentStart);
    }

    @Test
    void aNameBeforeAChainedDescriptionIsTheSpeaker() {
        String t = """
                The ferry fares went up again this spring.

                “It is a tax on the islands,” Mara Lindqvist, the chair of the Harbour Board, one of the boards \
                suing the port, said at a meeting this month.""";
        assertEquals("Mara Lindqvist", with(t, "“It is a tax on the islands").speaker());
    }

    @Test
    void aNameBeforeADescriptionInDashesIsTheSpeaker() {
        String t = """
                The ferry fares went up again this spring.

                Tom Ekberg, the chief executive of Nordvik Lines -- the company that runs the night boats, which \
                also carry freight -- told reporters, “We are a ferry company, not a charity.”""";
        assertEquals("Tom Ekberg", with(t, "“We are a ferry company").speaker());
    }

    @Test
    void aRelativeAfterAPlaceStandsForThePersonBeforeIt() {
        String t = """
                The ferry fares went up again this spring.

                "The fares scare me," Tom Ekberg, 30, of Lunden, Norvia, who was among those polled, said in \
                an interview.""";
        assertEquals("Tom Ekberg", with(t, "\"The fares scare me").speaker());
    }

    @Test
    void aNameBeforeAnUnclosedDescriptionIsTheSpeaker() {
        String t = """
                The ferry fares went up again this spring.

                Tom Ekberg, president and chief executive of the Nordvik Ferry Association stated, “It is not a \
                political problem; it is a fuel problem.”

                Mara Lindqvist, a former pilot for the harbour has written that the night boats are unsafe.

                On Tuesday, the mayor said that the fares would stay.""";
        assertEquals("Tom Ekberg", with(t, "“It is not a political problem").speaker());
        assertEquals("Mara Lindqvist", with(t, "that the night boats are unsafe").speaker());
        assertEquals("the mayor", with(t, "that the fares would stay").speaker());
    }
}
