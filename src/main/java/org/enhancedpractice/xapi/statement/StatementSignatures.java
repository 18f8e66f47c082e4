package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.attachment.AttachmentContent;
import org.enhancedpractice.xapi.attachment.AttachmentMatching;

/**
 * Signed statements (xAPI 1.0.3 Part 2 §2.6): a signature attachment must be application/octet-stream holding a
 * JWS (RFC 7515 compact serialization) with alg RS256, RS384 or RS512, whose payload is logically the statement
 * (Part 2 §2.3.1 comparison: the properties the LRS may set and the attachments are ignored). When the JWS header
 * carries an x5c chain, the signature must verify against its first certificate's key. Any failure is 400.
 */
final class StatementSignatures {
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);
    private static final String OCTET_STREAM = "application/octet-stream";

    private StatementSignatures() {
    }

    /** Checks every signature attachment whose data came with the request. */
    static void verify(JsonObject statement, Map<String, AttachmentContent> parts) {
        for (JsonObject attachment : AttachmentMatching.declaredBy(statement)) {
            if (!Xapi.ATTACHMENT_SIGNATURE.equals(attachment.getString("usageType"))) {
                continue;
            }
            if (!OCTET_STREAM.equals(baseType(attachment.getString("contentType")))) {
                throw refused("a signature attachment's contentType must be " + OCTET_STREAM);
            }
            AttachmentContent part = parts.get(AttachmentMatching.sha2(attachment));
            if (part != null) {
                verifyJws(statement, new String(part.content(), StandardCharsets.US_ASCII).trim());
            }
        }
    }

    static void verifyJws(JsonObject statement, String jws) {
        JWSObject signed;
        try {
            signed = JWSObject.parse(jws);
        } catch (ParseException e) {
            throw refused("the signature is not a JWS compact serialization: " + e.getMessage());
        }
        if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            throw refused("the JWS algorithm must be RS256, RS384 or RS512, not " + signed.getHeader().getAlgorithm());
        }
        if (!equivalent(payload(signed), statement)) {
            throw refused("the JWS payload is not the statement it signs");
        }
        List<Base64> chain = signed.getHeader().getX509CertChain();
        if (chain != null && !chain.isEmpty() && !verifiesWith(signed, chain.get(0))) {
            throw refused("the JWS signature does not verify with the key of its x5c certificate");
        }
    }

    private static boolean verifiesWith(JWSObject signed, Base64 certificate) {
        X509Certificate parsed = X509CertUtils.parse(certificate.decode());
        if (parsed == null || !(parsed.getPublicKey() instanceof RSAPublicKey key)) {
            throw refused("the JWS x5c header does not start with an X.509 certificate of an RSA key");
        }
        try {
            return signed.verify(new RSASSAVerifier(key));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static JsonObject payload(JWSObject signed) {
        try {
            return JSON.createReader(new StringReader(signed.getPayload().toString())).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw refused("the JWS payload is not a JSON statement");
        }
    }

    /** Part 2 §2.3.1: id and timestamp only compared when the signed statement has them. */
    static boolean equivalent(JsonObject signedStatement, JsonObject received) {
        JsonObject signedForm = comparable(signedStatement, signedStatement);
        JsonObject receivedForm = comparable(received, signedStatement);
        return Objects.equals(signedForm, receivedForm);
    }

    private static JsonObject comparable(JsonObject statement, JsonObject signed) {
        var builder = JSON.createObjectBuilder(StatementCompletion.normalise(statement)).remove("authority")
                .remove("stored").remove("version").remove("attachments");
        for (String assigned : new String[] {"id", "timestamp"}) {
            if (!signed.containsKey(assigned)) {
                builder.remove(assigned);
            }
        }
        return builder.build();
    }

    private static String baseType(String contentType) {
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static LrsProblem refused(String detail) {
        return LrsProblem.badRequest(LrsProblem.SIGNATURE, "Signed statement (Part 2 §2.6): " + detail);
    }
}
