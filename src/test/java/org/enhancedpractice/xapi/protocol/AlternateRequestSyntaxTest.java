package org.enhancedpractice.xapi.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.enhancedpractice.xapi.LrsProblem;
import org.junit.jupiter.api.Test;

/** The form body of the alternate request syntax (Part 3 §1.3) and the request size limit's counting stream. */
class AlternateRequestSyntaxTest {
    @Test
    void decodesFormFieldsAsUtf8() {
        Map<String, String> form = AlternateRequestSyntax.form(
                "X-Experience-API-Version=1.0.3&content=%7B%22a%22%3A%22%C3%BC+x%22%7D&statementId=abc&empty=&flag");
        assertEquals("1.0.3", form.get("X-Experience-API-Version"));
        assertEquals("{\"a\":\"ü x\"}", form.get("content"));
        assertEquals("abc", form.get("statementId"));
        assertEquals("", form.get("empty"));
        assertEquals("", form.get("flag"));
    }

    @Test
    void refusesBrokenPercentEncoding() {
        assertEquals(LrsProblem.ALTERNATE_SYNTAX,
                assertThrows(LrsProblem.class, () -> AlternateRequestSyntax.form("content=%zz")).code());
    }

    @Test
    void limitedStreamFailsPastTheLimitWith413() throws IOException {
        InputStream within = new LrsRequestLimit.Limited(new ByteArrayInputStream(new byte[10]), 10);
        assertEquals(10, within.readAllBytes().length);
        InputStream over = new LrsRequestLimit.Limited(new ByteArrayInputStream(new byte[11]), 10);
        LrsProblem e = assertThrows(LrsProblem.class, over::readAllBytes);
        assertEquals(413, e.status());
        assertEquals(LrsProblem.TOO_LARGE, e.code());
    }
}
