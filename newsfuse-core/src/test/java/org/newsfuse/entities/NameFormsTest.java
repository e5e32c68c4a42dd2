package org.newsfuse.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameFormsTest {
    @Test
    void transliterationVariantsFoldTogether() {
        assertEquals(NameForms.fold("Sergey"), NameForms.fold("Sergei"));
        assertEquals(NameForms.fold("Dmitry"), NameForms.fold("Dmitri"));
        assertEquals(NameForms.fold("Gorbachëv"), NameForms.fold("Gorbachev"));
    }

    @Test
    void oneSlipInALongSurnameIsTheSameName() {
        assertTrue(NameForms.sameSurname(NameForms.fold("Jaishanakar"), NameForms.fold("Jaishankar")));
        assertTrue(NameForms.sameSurname(NameForms.fold("Ferrent"), NameForms.fold("Ferrant")));
        assertFalse(NameForms.sameSurname(NameForms.fold("Lee"), NameForms.fold("Leo")), "short names need to be equal");
        assertFalse(NameForms.sameSurname(NameForms.fold("Halvorsen"), NameForms.fold("Kalvorsen")),
                "the first letter must agree");
    }

    @Test
    void initialsAndSlipsAreCompatibleGivenNamesButOtherNamesAreNot() {
        assertTrue(NameForms.compatibleGiven("s", "subrahmanyam"));
        assertTrue(NameForms.compatibleGiven(NameForms.fold("Sergey"), NameForms.fold("Sergei")));
        assertFalse(NameForms.compatibleGiven("bill", "hillary"));
        assertFalse(NameForms.compatibleGiven("j", "m"));
    }
}
