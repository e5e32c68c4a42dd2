package org.newsfuse.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ROUGE-1.5.5's Porter variant and its irregular-form table. */
class StemmingTest {

    private final PorterStemmer porter = new PorterStemmer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // Porter (1980), step by step
        "caresses,caress", "ponies,poni", "ties,ti", "caress,caress", "cats,cat",
        "feed,feed", "agreed,agre", "plastered,plaster", "bled,bled", "motoring,motor", "sing,sing",
        "conflated,conflat", "troubled,troubl", "sized,size", "hopping,hop", "tanned,tan",
        "falling,fall", "hissing,hiss", "fizzed,fizz", "failing,fail", "filing,file",
        "happy,happi", "sky,sky",
        "relational,relat", "conditional,condit", "rational,ration", "digitizer,digit",
        "vietnamization,vietnam", "predication,predic", "operator,oper", "feudalism,feudal",
        "decisiveness,decis", "hopefulness,hope", "callousness,callous", "formality,formal",
        "sensitivity,sensit", "sensibility,sensibl",
        "triplicate,triplic", "formative,form", "formalize,formal", "electricity,electr",
        "electrical,electr", "hopeful,hope", "goodness,good",
        "revival,reviv", "allowance,allow", "inference,infer", "airliner,airlin", "gyroscopic,gyroscop",
        "adjustable,adjust", "defensible,defens", "irritant,irrit", "replacement,replac",
        "adjustment,adjust", "dependent,depend", "adoption,adopt", "homologous,homolog",
        "communism,commun", "activate,activ", "angularity,angular", "effective,effect",
        "bowdlerize,bowdler",
        "probate,probat", "rate,rate", "cease,ceas", "controlling,control", "roll,roll",
        // the later published departures: -bli, -logi
        "possibly,possibl", "technology,technolog",
        // ROUGE's step 4: -ement, then -ment, then -ent are each tried
        "agreement,agreem", "statement,statem", "government,govern", "governmental,govern",
        "document,docum", "parliament,parliam", "internationally,internat",
        // an initial y is a consonant
        "yelling,yell", "youth,youth",
    })
    void stemsAsRouge155(String word, String stem) {
        assertEquals(stem, porter.stem(word));
    }

    @Test
    void shortWordsAreLeftAlone() {
        assertEquals("is", porter.stem("is"));
        assertEquals("", porter.stem(""));
    }

    @Test
    void rougeTableMapsIrregularFormsFromWordNet() {
        Map<String, String> table = StemExceptions.rouge155();
        assertFalse(table.isEmpty(), "extjwnl-data-wn21 must be on the class path");
        assertEquals("say", table.get("said"));
        assertEquals("fight", table.get("fought"));
        assertEquals("child", table.get("children"));
        assertEquals("be", table.get("were"));
        assertEquals("good", table.get("better"), "the adjective list wins over the adverb list");
        assertEquals(null, table.get("offer"), "WordNet 2.1's offer -> off is not in ROUGE's 2.0 table");
    }

    @Test
    void stemmingMatchesIrregularAndRegularForms() {
        Rouge rouge = Rouge.builder().ngramOrders(1).lcs(false).stemming(true).build();
        Score s = rouge.score(List.of("The rebels fought."), List.of(List.of("Rebels were fighting."))).rougeN(1);
        assertEquals(2, s.hits(), "rebels = rebel, fought = fight");
        Rouge porterOnly = rouge.toBuilder().stemExceptions(Map.of()).build();
        assertEquals(1, porterOnly.score(List.of("The rebels fought."),
                List.of(List.of("Rebels were fighting."))).rougeN(1).hits());
    }
}
