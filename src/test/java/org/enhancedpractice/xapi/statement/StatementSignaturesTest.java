package org.enhancedpractice.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.attachment.AttachmentContent;
import org.enhancedpractice.xapi.validation.Statements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signed statements, xAPI 1.0.3 Part 2 §2.6: one refusal per requirement, each with code xapi-invalid-signature. */
class StatementSignaturesTest {
    private static final String ID = "7c1d5a40-0a1b-4c2d-8e3f-405162738495";
    private static TestSigner signer;
    private static TestSigner other;

    @BeforeAll
    static void keys() {
        signer = TestSigner.create("EPT test signer");
        other = TestSigner.create("EPT other signer");
    }

    private static JsonObject unsigned() {
        return Json.createObjectBuilder(Statements.with("")).add("id", ID).build();
    }

    /** The statement as received: the unsigned one plus its signature attachment object. */
    private static JsonObject received(String jws, String contentType) {
        AttachmentContent part = AttachmentContent.sha256(contentType, jws.getBytes(StandardCharsets.US_ASCII));
        return Json.createObjectBuilder(unsigned()).add("attachments", Json.createArrayBuilder().add(Json
                .createObjectBuilder().add("usageType", "http://adlnet.gov/expapi/attachments/signature")
                .add("display", Json.createObjectBuilder().add("en", "signature")).add("contentType", contentType)
                .add("length", part.content().length).add("sha2", part.sha2()))).build();
    }

    private static void verify(String jws) {
        verify(jws, "application/octet-stream");
    }

    private static void verify(String jws, String contentType) {
        AttachmentContent part = AttachmentContent.sha256(contentType, jws.getBytes(StandardCharsets.US_ASCII));
        StatementSignatures.verify(received(jws, contentType), Map.of(part.sha2(), part));
    }

    private static String refusal(String jws) {
        LrsProblem e = assertThrows(LrsProblem.class, () -> verify(jws));
        assertEquals(400, e.status());
        assertEquals(LrsProblem.SIGNATURE, e.code());
        return e.detail();
    }

    @Test
    void acceptsRs256Rs384Rs512WithAndWithoutX5c() {
        for (JWSAlgorithm alg : new JWSAlgorithm[] {JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512}) {
            assertDoesNotThrow(() -> verify(signer.sign(unsigned().toString(), alg, true)), alg.getName());
            assertDoesNotThrow(() -> verify(signer.sign(unsigned().toString(), alg, false)), alg.getName());
        }
    }

    @Test
    void acceptsPayloadWithoutTheIdTheLrsAssigned() {
        JsonObject withoutId = Json.createObjectBuilder(unsigned()).remove("id").build();
        assertDoesNotThrow(() -> verify(signer.sign(withoutId.toString(), JWSAlgorithm.RS256, true)));
    }

    @Test
    void rejectsMalformedJws() {
        refusal("not-a-jws");
    }

    @Test
    void rejectsHmacAlgorithm() throws Exception {
        JWSObject hs = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(unsigned().toString()));
        hs.sign(new MACSigner(new byte[32]));
        String detail = refusal(hs.serialize());
        org.junit.jupiter.api.Assertions.assertTrue(detail.contains("HS256"), detail);
    }

    @Test
    void rejectsPs256EvenThoughItIsRsa() {
        refusal(signer.sign(unsigned().toString(), JWSAlgorithm.PS256, true));
    }

    @Test
    void rejectsPayloadThatIsAnotherStatement() {
        JsonObject changed = Json.createObjectBuilder(unsigned())
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/failed")).build();
        refusal(signer.sign(changed.toString(), JWSAlgorithm.RS256, true));
    }

    @Test
    void rejectsPayloadThatIsNotJson() {
        refusal(signer.sign("just text", JWSAlgorithm.RS256, false));
    }

    @Test
    void rejectsSignatureThatDoesNotVerifyWithItsX5cCertificate() {
        String good = signer.sign(unsigned().toString(), JWSAlgorithm.RS256, true);
        String foreign = other.sign(unsigned().toString(), JWSAlgorithm.RS256, true);
        String[] mine = good.split("\\.");
        String[] theirs = foreign.split("\\.");
        String detail = refusal(mine[0] + "." + mine[1] + "." + theirs[2]);
        org.junit.jupiter.api.Assertions.assertTrue(detail.contains("x5c"), detail);
    }

    @Test
    void rejectsSignatureAttachmentThatIsNotOctetStream() {
        LrsProblem e = assertThrows(LrsProblem.class,
                () -> verify(signer.sign(unsigned().toString(), JWSAlgorithm.RS256, true), "application/jose"));
        assertEquals(LrsProblem.SIGNATURE, e.code());
    }
}
