package org.enhancedpractice.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.XapiVersion;
import org.junit.jupiter.api.Test;

/** Statement request bodies by content type (xAPI 1.0.3 Part 3 §1.5, §1.5.2). */
class StatementBodiesTest {
    private static final String TYPE = "multipart/mixed; boundary=zz";

    private static StatementRequest read(String contentType, String body) {
        return StatementBodies.read(contentType, body.getBytes(StandardCharsets.UTF_8), XapiVersion.V1_0_3);
    }

    private static String code(String contentType, String body) {
        return assertThrows(LrsProblem.class, () -> read(contentType, body)).code();
    }

    @Test
    void readsJsonWithOrWithoutContentType() {
        assertFalse(read("application/json; charset=UTF-8", "{\"a\":\"ü\"}").multipart());
        assertEquals("ü", read(null, "{\"a\":\"ü\"}").json().asJsonObject().getString("a"));
    }

    @Test
    void readsMultipartStatementsAndParts() {
        StatementRequest request = read(TYPE, "--zz\r\nContent-Type: application/json\r\n\r\n[]\r\n--zz\r\n"
                + "Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ABC\r\n\r\nhi\r\n--zz--");
        assertTrue(request.multipart());
        assertEquals(1, request.parts().size());
        assertEquals("abc", request.parts().get(0).sha2());
        assertEquals("text/plain", request.parts().get(0).contentType());
    }

    @Test
    void refusesOtherContentTypes() {
        assertEquals(LrsProblem.CONTENT_TYPE, code("text/plain", "{}"));
        assertEquals(LrsProblem.CONTENT_TYPE, code("multipart/form-data; boundary=zz", "--zz--"));
    }

    @Test
    void refusesFirstPartThatIsNotJson() {
        assertEquals(LrsProblem.MULTIPART, code(TYPE, "--zz\r\nContent-Type: text/plain\r\n\r\n[]\r\n--zz--"));
        assertEquals(LrsProblem.MULTIPART, code(TYPE, "--zz--"));
    }

    @Test
    void refusesPartWithoutHashHeader() {
        assertEquals(LrsProblem.ATTACHMENT_UNMATCHED, code(TYPE, "--zz\r\nContent-Type: application/json\r\n\r\n[]\r\n"
                + "--zz\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n\r\nhi\r\n--zz--"));
    }

    @Test
    void refusesPartWithOtherTransferEncoding() {
        assertEquals(LrsProblem.MULTIPART, code(TYPE, "--zz\r\nContent-Type: application/json\r\n\r\n[]\r\n"
                + "--zz\r\nContent-Transfer-Encoding: base64\r\nX-Experience-API-Hash: abc\r\n\r\naGk=\r\n--zz--"));
    }

    @Test
    void refusesFirstPartThatIsNotValidJson() {
        assertEquals(LrsProblem.BAD_REQUEST, code(TYPE, "--zz\r\nContent-Type: application/json\r\n\r\n{\r\n--zz--"));
    }
}
