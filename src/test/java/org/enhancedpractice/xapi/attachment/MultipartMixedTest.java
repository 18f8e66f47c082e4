package org.enhancedpractice.xapi.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.enhancedpractice.xapi.LrsProblem;
import org.junit.jupiter.api.Test;

/** multipart/mixed as RFC 2046 §5.1.1 defines it and xAPI 1.0.3 Part 3 §1.5.2 uses it, including its edge cases. */
class MultipartMixedTest {
    /** The boundary of the spec's own example (Part 3 §1.5.2), chosen to show every allowed character class. */
    private static final String SPEC_BOUNDARY = "abcABC0123'()+_,-./:=?";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheSpecExampleWithQuotedBoundary() {
        String body = "--" + SPEC_BOUNDARY + "\r\nContent-Type:application/json\r\n\r\n{\"a\":1}\r\n--" + SPEC_BOUNDARY
                + "\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\nX-Experience-API-Hash:abc\r\n\r\n"
                + "here is a simple attachment\r\n--" + SPEC_BOUNDARY + "--";
        String boundary = MultipartMixed.boundary("multipart/mixed; boundary=\"" + SPEC_BOUNDARY + "\"");
        assertEquals(SPEC_BOUNDARY, boundary);
        List<MultipartMixed.Part> parts = MultipartMixed.parse(bytes(body), boundary);
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).header("Content-Type"));
        assertEquals("{\"a\":1}", new String(parts.get(0).body(), StandardCharsets.UTF_8));
        assertEquals("abc", parts.get(1).header("x-experience-api-hash"));
        assertEquals("here is a simple attachment", new String(parts.get(1).body(), StandardCharsets.UTF_8));
    }

    @Test
    void ignoresPreambleEpilogueAndTransportPadding() {
        String body = "preamble to ignore\r\n--b \t\r\nContent-Type: application/json\r\n\r\n[]\r\n--b--  \r\nepilogue";
        List<MultipartMixed.Part> parts = MultipartMixed.parse(bytes(body), "b");
        assertEquals(1, parts.size());
        assertEquals("[]", new String(parts.get(0).body(), StandardCharsets.UTF_8));
    }

    @Test
    void keepsBinaryDataWithCrLfAndBoundaryLookalikesIntact() {
        byte[] data = {0, (byte) 0xFF, '\r', '\n', '-', '-', 'b', 'x', '\r', '\n', 7};
        byte[] head = bytes("--bb\r\nContent-Type: application/json\r\n\r\n{}\r\n--bb\r\nX-Experience-API-Hash: h\r\n\r\n");
        byte[] tail = bytes("\r\n--bb--\r\n");
        byte[] body = new byte[head.length + data.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(data, 0, body, head.length, data.length);
        System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
        assertArrayEquals(data, MultipartMixed.parse(body, "bb").get(1).body());
    }

    @Test
    void readsPartWithoutHeadersAndEmptyPart() {
        List<MultipartMixed.Part> parts = MultipartMixed.parse(bytes("--b\r\n\r\nraw\r\n--b\r\n\r\n--b--"), "b");
        assertEquals(2, parts.size());
        assertEquals("raw", new String(parts.get(0).body(), StandardCharsets.UTF_8));
        assertTrue(parts.get(0).headers().isEmpty());
        assertEquals(0, parts.get(1).body().length);
    }

    @Test
    void refusesBodyWithoutCloseDelimiter() {
        LrsProblem e = assertThrows(LrsProblem.class,
                () -> MultipartMixed.parse(bytes("--b\r\nContent-Type: application/json\r\n\r\n{}"), "b"));
        assertEquals(LrsProblem.MULTIPART, e.code());
    }

    @Test
    void refusesBodyWithoutAnyDelimiter() {
        assertEquals(LrsProblem.MULTIPART, assertThrows(LrsProblem.class,
                () -> MultipartMixed.parse(bytes("{\"actor\":{}}"), "b")).code());
    }

    @Test
    void refusesHeaderLineWithoutName() {
        assertEquals(LrsProblem.MULTIPART, assertThrows(LrsProblem.class,
                () -> MultipartMixed.parse(bytes("--b\r\nno colon here\r\n\r\n{}\r\n--b--"), "b")).code());
    }

    @Test
    void refusesContentTypeWithoutBoundary() {
        assertEquals(LrsProblem.MULTIPART, assertThrows(LrsProblem.class,
                () -> MultipartMixed.boundary("multipart/mixed")).code());
        assertEquals("x y", MultipartMixed.boundary("multipart/mixed; charset=utf-8; BOUNDARY=\"x y\""));
    }

    @Test
    void writesWhatItReads() {
        AttachmentContent pdf = AttachmentContent.sha256("application/pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1});
        MultipartMixed.Written written = MultipartMixed.write("{\"statements\":[]}", List.of(pdf), new SecureRandom());
        List<MultipartMixed.Part> parts = MultipartMixed.parse(written.body(), MultipartMixed.boundary(written.contentType()));
        assertEquals(2, parts.size());
        assertEquals("{\"statements\":[]}", new String(parts.get(0).body(), StandardCharsets.UTF_8));
        assertEquals(pdf.sha2(), parts.get(1).header(MultipartMixed.HEADER_HASH));
        assertEquals("binary", parts.get(1).header(MultipartMixed.HEADER_TRANSFER_ENCODING));
        assertEquals("application/pdf", parts.get(1).header("Content-Type"));
        assertArrayEquals(pdf.content(), parts.get(1).body());
    }
}
