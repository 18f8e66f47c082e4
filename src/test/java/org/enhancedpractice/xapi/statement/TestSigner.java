package org.enhancedpractice.xapi.statement;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An RSA key with a self-signed X.509 certificate, made at test time by the JDK's keytool (no key is committed),
 * signing statements as xAPI 1.0.3 Part 2 §2.6 describes.
 */
public final class TestSigner {
    private static final char[] PASSWORD = "test-only".toCharArray();
    private final PrivateKey key;
    private final X509Certificate certificate;

    private TestSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    public static TestSigner create(String commonName) {
        try {
            Path dir = Files.createTempDirectory("ept-signer");
            Path store = dir.resolve("signer.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=" + commonName, "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            Files.delete(store);
            Files.delete(dir);
            return new TestSigner((PrivateKey) keys.getKey("signer", PASSWORD),
                    (X509Certificate) keys.getCertificate("signer"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS over the payload; with {@code x5c} the header carries the certificate. */
    public String sign(String payload, JWSAlgorithm algorithm, boolean x5c) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JOSE);
            if (x5c) {
                header.x509CertChain(List.of(Base64.encode(certificate.getEncoded())));
            }
            JWSObject jws = new JWSObject(header.build(), new Payload(payload));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
