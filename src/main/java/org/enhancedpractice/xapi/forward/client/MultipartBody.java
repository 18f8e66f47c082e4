package org.enhancedpractice.xapi.forward.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A {@code multipart/mixed} body for statements with attachment data (xAPI 1.0.3 Part 3 §1.5.2, RFC 2046 §5.1.1):
 * the statements as the first part ({@code application/json}), then each attachment's raw data with its
 * {@code X-Experience-API-Hash} and {@code Content-Transfer-Encoding: binary}.
 */
public record MultipartBody(String contentType, byte[] bytes) {
    private static final String CRLF = "\r\n";

    /** The boundary is random, so it cannot occur in the statements or (with negligible probability) in the data. */
    public static MultipartBody of(String json, List<AttachmentPart> parts, SecureRandom random) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String boundary = "xapi-" + HexFormat.of().formatHex(nonce);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + boundary + CRLF + "Content-Type: application/json" + CRLF + CRLF);
        write(out, json);
        for (AttachmentPart part : parts) {
            write(out, CRLF + "--" + boundary + CRLF + "Content-Type: " + part.contentType() + CRLF
                    + "Content-Transfer-Encoding: binary" + CRLF + "X-Experience-API-Hash: " + part.sha2() + CRLF + CRLF);
            out.writeBytes(part.content());
        }
        write(out, CRLF + "--" + boundary + "--" + CRLF);
        return new MultipartBody("multipart/mixed; boundary=" + boundary, out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
