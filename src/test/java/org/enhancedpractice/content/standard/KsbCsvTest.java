package org.enhancedpractice.content.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class KsbCsvTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        List<Ksb> ksbs = KsbCsv.read(new StringReader("\uFEFFid,type,pillar,statement\r\n"
                + "K1,knowledge,clinical-practice,\"Assessment, diagnosis and \"\"red flags\"\"\"\r\n"
                + "S1,Skill,,\"Two\nlines\"\n"));
        assertEquals(2, ksbs.size());
        assertEquals("Assessment, diagnosis and \"red flags\"", ksbs.get(0).statement());
        assertEquals("skill", ksbs.get(1).type());
        assertEquals(null, ksbs.get(1).pillar());
        assertEquals("Two\nlines", ksbs.get(1).statement());
    }

    @Test
    void refusesAWrongHeader() {
        var e = assertThrows(StandardFormatException.class, () -> KsbCsv.read(new StringReader("code,text\nK1,x\n")));
        assertTrue(e.getMessage().startsWith("line 1"), e.getMessage());
    }

    @Test
    void reportsEveryBadRowByLine() {
        var e = assertThrows(StandardFormatException.class, () -> KsbCsv.read(new StringReader(
                "id,type,pillar,statement\nK1,knowledge,,ok\nK1,knowledge,,dup\nX,opinion,,\nS2,skill\n")));
        assertTrue(e.getMessage().contains("line 3: id K1 is used twice"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4: id 'X'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4: type 'opinion'"), e.getMessage());
        assertTrue(e.getMessage().contains("line 5: expected 4 fields"), e.getMessage());
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThrows(StandardFormatException.class, () -> KsbCsv.read(new StringReader(
                "id,type,pillar,statement\nK1,knowledge,,\"open\n")));
    }
}
