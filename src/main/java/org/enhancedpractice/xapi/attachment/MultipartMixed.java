package org.enhancedpractice.xapi.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enhancedpractice.xapi.LrsProblem;

/**
 * multipart/mixed bodies as RFC 2046 §5.1.1 defines them and xAPI 1.0.3 Part 3 §1.5.2 uses them: a delimiter is
 * CRLF, "--" and the boundary (the first may open the body without the CRLF), optionally followed by transport
 * padding; the close delimiter adds "--". Each part is header lines, an empty line, then raw octets.
 */
public final class MultipartMixed {
    public static final String MEDIA_TYPE = "multipart/mixed";
    public static final String HEADER_HASH = "X-Experience-API-Hash";
    public static final String HEADER_TRANSFER_ENCODING = "Content-Transfer-Encoding";
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private MultipartMixed() {
    }

    /** One body part; header names are lower-case. */
    public record Part(Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** True when the Content-Type header names multipart/mixed. */
    public static boolean isMultipartMixed(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith(MEDIA_TYPE);
    }

    /** The boundary parameter of a multipart Content-Type header, unquoted. */
    public static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String[] pair = param.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("boundary")) {
                String value = pair[1].trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty() && value.length() <= 70) {
                    return value;
                }
            }
        }
        throw malformed("the Content-Type has no usable boundary parameter (RFC 2046 §5.1.1)");
    }

    /** Splits a body into its parts, refusing bodies without a close delimiter. */
    public static List<Part> parse(byte[] body, String boundary) {
        byte[] dash = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] delimiter = concat(CRLF, dash);
        int cursor;
        if (startsWith(body, 0, dash)) {
            cursor = dash.length;
        } else {
            int first = indexOf(body, delimiter, 0);
            if (first < 0) {
                throw malformed("the body holds no boundary delimiter");
            }
            cursor = first + delimiter.length;
        }
        List<Part> parts = new ArrayList<>();
        while (!startsWith(body, cursor, new byte[] {'-', '-'})) {
            int start = afterLineEnd(body, cursor);
            int end = indexOf(body, delimiter, start);
            if (end < 0) {
                throw malformed("a part is not closed by a boundary delimiter");
            }
            parts.add(part(body, start, end));
            cursor = end + delimiter.length;
        }
        return parts;
    }

    private static int afterLineEnd(byte[] body, int from) {
        int i = from;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t')) {
            i++;
        }
        if (!startsWith(body, i, CRLF)) {
            throw malformed("a boundary delimiter is not followed by CRLF");
        }
        return i + CRLF.length;
    }

    private static Part part(byte[] body, int start, int end) {
        if (end == start) {
            return new Part(Map.of(), new byte[0]);
        }
        if (startsWith(body, start, CRLF)) {
            return new Part(Map.of(), slice(body, start + CRLF.length, end));
        }
        int headerEnd = indexOf(body, HEADER_END, start);
        if (headerEnd < 0 || headerEnd + HEADER_END.length > end) {
            throw malformed("a part's headers are not ended by an empty line");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String block = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part header line has no name: " + line);
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return new Part(headers, slice(body, headerEnd + HEADER_END.length, end));
    }

    /** A multipart/mixed body: the JSON first, then each attachment once with its hash header. */
    public static Written write(String json, List<AttachmentContent> attachments, SecureRandom random) {
        byte[] token = new byte[16];
        random.nextBytes(token);
        String boundary = "xapi-" + HexFormat.of().formatHex(token);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeAscii(out, "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n");
        out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        for (AttachmentContent attachment : attachments) {
            writeAscii(out, "\r\n--" + boundary + "\r\nContent-Type: " + attachment.contentType() + "\r\n"
                    + HEADER_TRANSFER_ENCODING + ": binary\r\n" + HEADER_HASH + ": " + attachment.sha2() + "\r\n\r\n");
            out.writeBytes(attachment.content());
        }
        writeAscii(out, "\r\n--" + boundary + "--\r\n");
        return new Written(MEDIA_TYPE + "; boundary=\"" + boundary + "\"", out.toByteArray());
    }

    /** A written body and the Content-Type header (with its boundary) to send it with. */
    public record Written(String contentType, byte[] body) {
    }

    private static void writeAscii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static LrsProblem malformed(String detail) {
        return LrsProblem.badRequest(LrsProblem.MULTIPART, "multipart/mixed body: " + detail);
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            if (startsWith(body, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] slice(byte[] body, int from, int to) {
        return java.util.Arrays.copyOfRange(body, from, to);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
