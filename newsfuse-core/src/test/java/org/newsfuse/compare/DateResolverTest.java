package org.newsfuse.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfuse.model.TimelineEntry.Precision;

class DateResolverTest {
    private static final LocalDate WED = LocalDate.of(2021, 4, 7);

    private static DateResolver.Resolved first(String s, LocalDate published) {
        List<DateResolver.Resolved> r = DateResolver.resolve(s, published);
        assertTrue(!r.isEmpty(), "nothing resolved in: " + s);
        return r.get(0);
    }

    @Test
    void weekdaysResolveToTheLastOneForThePastAndTheNextOneForTheFuture() {
        assertEquals("2021-04-06", first("The ministers met on Tuesday in the capital.", WED).iso());
        assertEquals("2021-04-07", first("The ministers met on Wednesday morning.", WED).iso());
        assertEquals("2021-04-09", first("The ministers will meet again on Friday.", WED).iso());
        assertEquals("2021-04-05", first("He arrived on Monday evening, officials said.", WED).iso());
    }

    @Test
    void relativeAndAbsoluteYearsAndMonths() {
        DateResolver.Resolved later = first("A summit is planned for later this year.", WED);
        assertEquals("2021", later.iso());
        assertEquals(Precision.YEAR, later.precision());
        assertTrue(later.sortKey().isAfter(WED.minusDays(1)), "later this year sorts after the day of writing");
        assertEquals("2020", first("The summit was postponed last year.", WED).iso());
        assertEquals("2018", first("In 2018, the two sides signed a deal.", null).iso());
        assertEquals("2021-10", first("The leaders will meet in October.", WED).iso());
        assertEquals("2021-02", first("Talks stalled in February.", WED).iso());
        assertEquals("2021-04-06", first("It happened yesterday.", WED).iso());
        assertEquals("2019-03-03", first("The plant closed on March 3, 2019.", null).iso());
    }

    @Test
    void nothingRelativeIsGuessedWithoutAPublicationDate() {
        assertTrue(DateResolver.resolve("The ministers met on Tuesday.", null).isEmpty());
        assertTrue(DateResolver.resolve("Imports fell between 2011-15 and 2016-20.", null).isEmpty());
    }

    @Test
    void shoutedExpressionsAreResolvedToo() {
        // the patterns ignore case; the quick checks that skip sentences without the words must too
        assertEquals("2021-04-06", first("THE MINISTERS MET ON TUESDAY.", WED).iso());
        assertEquals("2021-04-08", first("Talks resume TOMORROW.", WED).iso());
        assertEquals("2020", first("The summit was postponed LAST YEAR.", WED).iso());
        assertEquals("2021-10", first("The leaders will meet IN OCTOBER.", WED).iso());
        assertEquals("2018", first("IN 2018, the two sides signed a deal.", null).iso());
        assertEquals("2019-03-03", first("The plant closed on 3rd MARCH 2019.", null).iso());
    }

    @Test
    void sentencesWithoutADateExpressionGiveNone() {
        assertTrue(DateResolver.resolve("The ministers met in the capital to discuss trade.", WED).isEmpty());
        assertTrue(DateResolver.resolve("Room 101 held 12 chairs and 3 tables.", WED).isEmpty());
        assertTrue(DateResolver.resolve("", WED).isEmpty());
    }
}
