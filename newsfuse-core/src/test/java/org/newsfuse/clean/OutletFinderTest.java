package org.newsfuse.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OutletFinderTest {
    private final OutletFinder finder = new OutletFinder();

    @Test
    void domainBecomesTheNameThePageSpellsOut() {
        assertEquals("The Evening Lantern", finder.find("Comments are moderated by eveninglantern.example staff.\n"
                + "© 2024 The Evening Lantern Group. Read more at eveninglantern.example"));
    }

    @Test
    void platformDomainsDoNotCount() {
        assertNull(finder.find("Follow us on twitter.com and facebook.com for updates."));
    }

    @Test
    void copyrightLineWithoutDomain() {
        assertEquals("Valley Post", finder.find("Some article text.\n© 2023 Valley Post. All rights reserved."));
    }

    @Test
    void domainWithoutNameStaysDomain() {
        assertEquals("northstarnews.example", finder.find("Read more at www.northstarnews.example today."));
    }
}
