package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.enhancedpractice.xapi.attachment.AttachmentContent;
import org.enhancedpractice.xapi.attachment.MultipartMixed;
import org.enhancedpractice.xapi.statement.TestSigner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments, signed statements, alternate request syntax, CORS, size limits and xAPI 2.0 over HTTP (xAPI 1.0.3
 * Part 3 §1.3, §1.5.2, §2.1.3, §6.2; Part 2 §2.6; IEEE 9274.1.1) against a real Payara Micro on PostgreSQL,
 * as the default mode's demo client. Every test uses its own statement ids and data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LrsAttachmentsIT {
    private static final String CREDENTIALS = "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo-secret-change-me".getBytes(StandardCharsets.UTF_8));
    private static final String VERSION = "X-Experience-API-Version";
    private static final String BOUNDARY = "it-boundary-'()+_,-./:=?";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String lrs = Deployments.baseUrl() + "/xapi/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @Test
    void storesMultipartAttachmentAndReturnsItWithAttachmentsTrue() {
        String id = UUID.randomUUID().toString();
        AttachmentContent evidence = AttachmentContent.sha256("application/pdf", pdfLike(id));
        HttpResponse<byte[]> stored = postMultipart(statement(id, attachment(evidence, null)), List.of(part(evidence)));
        assertEquals(200, stored.statusCode(), () -> text(stored));

        HttpResponse<byte[]> plain = get("statements?statementId=" + id);
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<byte[]> withData = get("statements?statementId=" + id + "&attachments=true");
        assertEquals(200, withData.statusCode(), () -> text(withData));
        String type = withData.headers().firstValue("Content-Type").orElseThrow();
        assertTrue(type.startsWith("multipart/mixed"), type);
        List<MultipartMixed.Part> parts = MultipartMixed.parse(withData.body(), MultipartMixed.boundary(type));
        assertEquals(2, parts.size());
        assertEquals(id, json(parts.get(0).body()).getString("id"));
        assertEquals(evidence.sha2(), parts.get(1).header(MultipartMixed.HEADER_HASH));
        assertArrayEquals(evidence.content(), parts.get(1).body());

        HttpResponse<byte[]> query = get("statements?attachments=true&limit=1&activity="
                + URLEncoder.encode(activity(id), StandardCharsets.UTF_8));
        List<MultipartMixed.Part> queried = MultipartMixed.parse(query.body(),
                MultipartMixed.boundary(query.headers().firstValue("Content-Type").orElseThrow()));
        assertEquals(1, json(queried.get(0).body()).getJsonArray("statements").size());
        assertArrayEquals(evidence.content(), queried.get(1).body());
    }

    @Test
    void refusesHashMismatchMissingPartAndUndeclaredPart() {
        String id = UUID.randomUUID().toString();
        AttachmentContent evidence = AttachmentContent.sha256("text/plain", ("reflection " + id).getBytes());
        AttachmentContent tampered = new AttachmentContent(evidence.sha2(), "text/plain", "tampered".getBytes());
        assertRefused(postMultipart(statement(id, attachment(evidence, null)), List.of(part(tampered))), "xapi-attachment-hash");
        assertRefused(postMultipart(statement(id, attachment(evidence, null)), List.of()), "xapi-attachment-missing");
        AttachmentContent stray = AttachmentContent.sha256("text/plain", "stray".getBytes());
        assertRefused(postMultipart(statement(id, attachment(evidence, null)), List.of(part(evidence), part(stray))),
                "xapi-attachment-unmatched");
        assertEquals(404, get("statements?statementId=" + id).statusCode(), "nothing of a refused request is stored");
    }

    @Test
    void jsonNeedsFileUrlOnEveryAttachment() {
        String id = UUID.randomUUID().toString();
        AttachmentContent remote = AttachmentContent.sha256("image/png", id.getBytes());
        assertRefused(postJson(statement(id, attachment(remote, null))), "xapi-attachment-missing");
        HttpResponse<byte[]> accepted = postJson(statement(id, attachment(remote, "https://files.example/" + id + ".png")));
        assertEquals(200, accepted.statusCode(), () -> text(accepted));
    }

    @Test
    void acceptsWellSignedStatementAndRefusesPayloadMismatch() {
        TestSigner signer = TestSigner.create("EPT IT signer");
        String id = UUID.randomUUID().toString();
        String unsigned = statement(id, null);
        byte[] jws = signer.sign(unsigned, JWSAlgorithm.RS256, true).getBytes(StandardCharsets.US_ASCII);
        AttachmentContent signature = AttachmentContent.sha256("application/octet-stream", jws);
        String signed = statement(id, signatureAttachment(signature));
        HttpResponse<byte[]> accepted = postMultipart(signed, List.of(part(signature)));
        assertEquals(200, accepted.statusCode(), () -> text(accepted));

        String other = UUID.randomUUID().toString();
        byte[] wrongJws = signer.sign(statement(UUID.randomUUID().toString(), null), JWSAlgorithm.RS256, true)
                .getBytes(StandardCharsets.US_ASCII);
        AttachmentContent wrong = AttachmentContent.sha256("application/octet-stream", wrongJws);
        assertRefused(postMultipart(statement(other, signatureAttachment(wrong)), List.of(part(wrong))),
                "xapi-invalid-signature");
    }

    @Test
    void alternateSyntaxPutsAndGetsWithFormFields() {
        String id = UUID.randomUUID().toString();
        String form = "statementId=" + id + "&content=" + enc(statement(id, null)) + "&Authorization=" + enc(CREDENTIALS)
                + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson";
        HttpResponse<byte[]> put = send(HttpRequest.newBuilder(URI.create(lrs + "statements?method=PUT"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(204, put.statusCode(), () -> text(put));

        String query = "statementId=" + id + "&Authorization=" + enc(CREDENTIALS) + "&X-Experience-API-Version=1.0.3";
        HttpResponse<byte[]> got = send(HttpRequest.newBuilder(URI.create(lrs + "statements?method=GET"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(query)));
        assertEquals(200, got.statusCode(), () -> text(got));
        assertEquals(id, json(got.body()).getString("id"));

        HttpResponse<byte[]> extra = send(HttpRequest.newBuilder(URI.create(lrs + "statements?method=GET&statementId=" + id))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(query)));
        assertRefused(extra, "xapi-alternate-syntax");
    }

    @Test
    void answersCorsPreflightAndExposesXapiHeaders() {
        HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(URI.create(lrs + "statements"))
                .header("Origin", "https://content.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, x-experience-api-version, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.statusCode() == 204 || preflight.statusCode() == 200, () -> "status " + preflight.statusCode());
        assertEquals("https://content.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        for (String header : new String[] {"Authorization", "X-Experience-API-Version", "Content-Type", "If-Match", "If-None-Match"}) {
            assertTrue(allowed.contains(header), allowed);
        }
        HttpResponse<byte[]> get = send(request("statements?limit=1").header("Origin", "https://content.example").GET());
        assertEquals("https://content.example", get.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String exposed = get.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains("X-Experience-API-Consistent-Through") && exposed.contains("ETag"), exposed);
    }

    @Test
    void refusesOversizedBodiesWith413() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        HttpResponse<byte[]> declared = send(request("statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertRefused(declared, 413, "xapi-request-too-large");
        HttpResponse<byte[]> chunked = send(request("statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertRefused(chunked, 413, "xapi-request-too-large");
    }

    @Test
    void speaksXapi2WhenAskedAndKeeps1_0_3Rules() {
        String id = UUID.randomUUID().toString();
        String noZone = "{\"timestamp\":\"2026-11-25T09:30:00\"," + statement(id, null).substring(1);
        HttpResponse<byte[]> refused = send(request("statements", "2.0.0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(noZone)));
        assertRefused(refused, "xapi-invalid-statement");
        assertEquals("timestamp-zone", json(refused.body()).getString("rule"), () -> text(refused));
        assertEquals("2.0.0", refused.headers().firstValue(VERSION).orElse(null));

        HttpResponse<byte[]> stored = send(request("statements", "2.0.0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(noZone.replace("09:30:00\"", "09:30:00Z\""))));
        assertEquals(200, stored.statusCode(), () -> text(stored));
        HttpResponse<byte[]> got = send(request("statements?statementId=" + id, "2.0.0").GET());
        assertEquals("2.0.0", got.headers().firstValue(VERSION).orElse(null));
        assertEquals("2.0.0", json(got.body()).getString("version"));

        String other = UUID.randomUUID().toString();
        HttpResponse<byte[]> legacy = postJson(noZone.replace(id, other));
        assertEquals(200, legacy.statusCode(), "1.0.3 keeps accepting timestamps without a zone");
        assertEquals("1.0.3", legacy.headers().firstValue(VERSION).orElse(null));

        JsonObject about = json(send(HttpRequest.newBuilder(URI.create(lrs + "about")).GET()).body());
        assertEquals(List.of("1.0.3", "2.0.0"), about.getJsonArray("version").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void canonicalFormatPicksOneLanguageByAcceptLanguage() {
        String id = UUID.randomUUID().toString();
        assertEquals(200, postJson(statement(id, null)).statusCode());
        HttpResponse<byte[]> got = send(request("statements?format=canonical&statementId=" + id)
                .header("Accept-Language", "cy, en;q=0.5").GET());
        JsonObject name = json(got.body()).getJsonObject("object").getJsonObject("definition").getJsonObject("name");
        assertEquals(1, name.size());
        assertEquals("Gweithdy", name.getString("cy"));
        assertFalse(json(get("statements?statementId=" + id).body()).getJsonObject("object").getJsonObject("definition")
                .getJsonObject("name").size() == 1, "exact keeps every language");
    }

    private static String activity(String id) {
        return "https://ept.example/it/attachments/" + id;
    }

    private static String statement(String id, String attachments) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://vle.example.ac.uk\","
                + "\"name\":\"it-learner\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\",\"display\":{\"en-GB\":\"attended\"}},"
                + "\"object\":{\"id\":\"" + activity(id) + "\",\"definition\":{\"name\":{\"en-GB\":\"Workshop\",\"cy\":\"Gweithdy\"}}}"
                + (attachments == null ? "" : ",\"attachments\":[" + attachments + "]") + "}";
    }

    private static String attachment(AttachmentContent content, String fileUrl) {
        return "{\"usageType\":\"https://ept.example/attachments/evidence\",\"display\":{\"en-GB\":\"Evidence\"},"
                + "\"contentType\":\"" + content.contentType() + "\",\"length\":" + content.content().length + ",\"sha2\":\""
                + content.sha2() + "\"" + (fileUrl == null ? "" : ",\"fileUrl\":\"" + fileUrl + "\"") + "}";
    }

    private static String signatureAttachment(AttachmentContent signature) {
        return attachment(signature, null).replace("https://ept.example/attachments/evidence",
                "http://adlnet.gov/expapi/attachments/signature");
    }

    private static byte[] pdfLike(String id) {
        byte[] data = ("%PDF-1.7\n" + id + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] binary = java.util.Arrays.copyOf(data, data.length + 4);
        binary[data.length] = 0;
        binary[data.length + 1] = (byte) 0xFF;
        binary[data.length + 2] = '\r';
        binary[data.length + 3] = '\n';
        return binary;
    }

    private static byte[] part(AttachmentContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Type: " + content.contentType()
                + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + content.sha2() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(content.content());
        return out.toByteArray();
    }

    private HttpResponse<byte[]> postMultipart(String statements, List<byte[]> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + statements)
                .getBytes(StandardCharsets.UTF_8));
        parts.forEach(body::writeBytes);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send(request("statements").header("Content-Type", "multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<byte[]> postJson(String body) {
        return send(request("statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<byte[]> get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return request(path, "1.0.3");
    }

    private HttpRequest.Builder request(String path, String version) {
        return HttpRequest.newBuilder(URI.create(lrs + path)).header(VERSION, version).header("Authorization", CREDENTIALS);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(HttpResponse<byte[]> response, String code) {
        assertRefused(response, 400, code);
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String code) {
        assertEquals(status, response.statusCode(), () -> text(response));
        assertEquals(code, json(response.body()).getString("code"), () -> text(response));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> response) {
        return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonObject json(byte[] body) {
        return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
    }
}
