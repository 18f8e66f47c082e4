package org.enhancedpractice.lti.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.enhancedpractice.lti.registry.PlatformDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Static platform files in lti-config/: every problem names the file and the field (docs/configuration.md). */
class PlatformFileTest {
    private static final String FILE = "moodle-example.json";
    private static final String ISSUER = "https://moodle.example.ac.uk";
    private static final boolean PRODUCTION = false;
    private static final boolean DEFAULT_MODE = true;

    private static JsonObjectBuilder moodle() {
        return Json.createObjectBuilder()
                .add("$comment", "Moodle 4.5 at Example University; tool registered by hand")
                .add("name", "Moodle at Example University")
                .add("issuer", ISSUER)
                .add("client_id", "tool-client-1")
                .add("authorization_endpoint", ISSUER + "/mod/lti/auth.php")
                .add("token_endpoint", ISSUER + "/mod/lti/token.php")
                .add("jwks_uri", ISSUER + "/mod/lti/certs.php")
                .add("product_family", "moodle")
                .add("deployments", deployments("1", "Example University"));
    }

    private static JsonArray deployments(String... idThenTenant) {
        var array = Json.createArrayBuilder();
        for (int i = 0; i < idThenTenant.length; i += 2) {
            array.add(Json.createObjectBuilder().add("deployment_id", idThenTenant[i]).add("tenant", idThenTenant[i + 1]));
        }
        return array.build();
    }

    private static JsonObjectBuilder localMoodle() {
        String local = "http://127.0.0.1:8081";
        return moodle().add("issuer", local).add("authorization_endpoint", local + "/mod/lti/auth.php")
                .add("token_endpoint", local + "/mod/lti/token.php").add("jwks_uri", local + "/mod/lti/certs.php");
    }

    private static PlatformFile parse(JsonObjectBuilder json, boolean allowLoopbackHttp) {
        return PlatformFile.parse(FILE, json.build(), allowLoopbackHttp);
    }

    private static void assertProblems(PlatformFile file, String... expected) {
        assertEquals(Stream.of(expected).sorted().toList(), file.problems().stream().sorted().toList());
        assertNull(file.details(), "a file with problems must not yield a registration");
    }

    @Test
    void acceptsCompleteFile() {
        PlatformFile file = parse(moodle(), PRODUCTION);

        assertEquals(List.of(), file.problems());
        assertEquals(new PlatformDetails(ISSUER, "tool-client-1", "Moodle at Example University",
                URI.create(ISSUER + "/mod/lti/auth.php"), URI.create(ISSUER + "/mod/lti/token.php"),
                URI.create(ISSUER + "/mod/lti/certs.php"), "moodle",
                List.of(new PlatformDetails.DeploymentDetails("1", "Example University"))), file.details());
        assertFalse(file.sharedIssuer());
    }

    @Test
    void acceptsFileWithoutOptionalFields() {
        JsonObject json = moodle().build();
        JsonObjectBuilder minimal = Json.createObjectBuilder(json).remove("$comment").remove("token_endpoint")
                .remove("product_family").remove("shared_issuer");

        PlatformFile file = parse(minimal, PRODUCTION);

        assertEquals(List.of(), file.problems());
        assertNull(file.details().tokenEndpoint());
        assertNull(file.details().productFamily());
    }

    @Test
    void readsSharedIssuerFlag() {
        PlatformFile file = parse(moodle().add("shared_issuer", true), PRODUCTION);
        assertEquals(List.of(), file.problems());
        assertTrue(file.sharedIssuer());
    }

    @Test
    void reportsMissingIssuer() {
        assertProblems(parse(moodle().remove("issuer"), PRODUCTION), FILE + ": field 'issuer' is required");
    }

    @Test
    void reportsBlankClientId() {
        assertProblems(parse(moodle().add("client_id", " "), PRODUCTION),
                FILE + ": field 'client_id' must be a non-empty string");
    }

    @Test
    void reportsPlainHttpInProduction() {
        JsonObjectBuilder json = moodle().add("authorization_endpoint", "http://moodle.example.ac.uk/mod/lti/auth.php");
        assertProblems(parse(json, PRODUCTION), FILE + ": field 'authorization_endpoint' must use https");
    }

    @Test
    void reportsEveryPlainHttpLoopbackUrlInProduction() {
        assertProblems(parse(localMoodle(), PRODUCTION),
                FILE + ": field 'issuer' must use https",
                FILE + ": field 'authorization_endpoint' must use https",
                FILE + ": field 'token_endpoint' must use https",
                FILE + ": field 'jwks_uri' must use https");
    }

    @Test
    void acceptsPlainHttpOnLoopbackWhenAllowed() {
        PlatformFile file = parse(localMoodle(), DEFAULT_MODE);
        assertEquals(List.of(), file.problems());
        assertEquals("http://127.0.0.1:8081", file.details().issuer());
        assertEquals(URI.create("http://127.0.0.1:8081/mod/lti/certs.php"), file.details().jwksUri());
    }

    @Test
    void reportsPlainHttpOnOtherHostsEvenWhenLoopbackIsAllowed() {
        JsonObjectBuilder json = moodle().add("jwks_uri", "http://moodle.example.ac.uk/mod/lti/certs.php");
        assertProblems(parse(json, DEFAULT_MODE),
                FILE + ": field 'jwks_uri' must use https (plain http only on localhost/127.0.0.1/[::1])");
    }

    @Test
    void reportsRelativeUrl() {
        assertProblems(parse(moodle().add("token_endpoint", "/mod/lti/token.php"), PRODUCTION),
                FILE + ": field 'token_endpoint' must be an absolute URL");
    }

    @Test
    void reportsUnknownFieldAndTheFieldItWasMeantToBe() {
        JsonObjectBuilder typo = moodle().remove("jwks_uri").add("jwks_url", ISSUER + "/mod/lti/certs.php");

        PlatformFile file = parse(typo, PRODUCTION);

        assertEquals(2, file.problems().size(), file.problems().toString());
        assertTrue(file.problems().contains(FILE + ": field 'jwks_uri' is required"), file.problems().toString());
        String unknown = file.problems().stream().filter(p -> p.contains("jwks_url")).findFirst().orElseThrow();
        assertTrue(unknown.startsWith(FILE + ": field 'jwks_url' is not a known field (known: ["), unknown);
        assertTrue(unknown.contains("jwks_uri"), "the message lists the known fields: " + unknown);
        assertNull(file.details());
    }

    @Test
    void reportsMissingDeployments() {
        assertProblems(parse(moodle().remove("deployments"), PRODUCTION),
                FILE + ": field 'deployments' must be a non-empty array of {\"deployment_id\", \"tenant\"}");
    }

    @Test
    void reportsEmptyDeployments() {
        assertProblems(parse(moodle().add("deployments", JsonValue.EMPTY_JSON_ARRAY), PRODUCTION),
                FILE + ": field 'deployments' must be a non-empty array of {\"deployment_id\", \"tenant\"}");
    }

    @Test
    void reportsDeploymentThatIsNotAnObject() {
        JsonObjectBuilder json = moodle().add("deployments", Json.createArrayBuilder().add("1"));
        assertProblems(parse(json, PRODUCTION), FILE + ": field 'deployments[0]' must be an object");
    }

    @Test
    void reportsDuplicateDeploymentId() {
        JsonObjectBuilder json = moodle().add("deployments", deployments("1", "Example University", "1", "Other College"));
        assertProblems(parse(json, PRODUCTION), FILE + ": field 'deployments[1].deployment_id' repeats '1'");
    }

    @Test
    void reportsDeploymentIdLongerThan255Characters() {
        JsonObjectBuilder json = moodle().add("deployments", deployments("d".repeat(256), "Example University"));
        assertProblems(parse(json, PRODUCTION),
                FILE + ": field 'deployments[0].deployment_id' is longer than 255 characters (LTI Core §5.3.3)");
    }

    @Test
    void acceptsDeploymentIdOf255Characters() {
        String id = "d".repeat(255);
        PlatformFile file = parse(moodle().add("deployments", deployments(id, "Example University")), PRODUCTION);
        assertEquals(List.of(), file.problems());
        assertEquals(id, file.details().deployments().get(0).deploymentId());
    }

    @Test
    void reportsDeploymentWithoutTenantAndItsUnknownField() {
        JsonObjectBuilder json = moodle().add("deployments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("deployment_id", "1").add("tenant_name", "Example University")));
        assertProblems(parse(json, PRODUCTION),
                FILE + ": field 'deployments[0].tenant_name' is not a known field",
                FILE + ": field 'deployments[0].tenant' is required");
    }

    @Test
    void reportsSharedIssuerThatIsNotBoolean() {
        assertProblems(parse(moodle().add("shared_issuer", "yes"), PRODUCTION),
                FILE + ": field 'shared_issuer' must be true or false");
    }

    @Test
    void reportsTheSameRegistrationInTwoFiles() {
        PlatformFile first = PlatformFile.parse("moodle-a.json", moodle().add("name", "Moodle A").build(), PRODUCTION);
        PlatformFile second = PlatformFile.parse("moodle-b.json", moodle().add("name", "Moodle B").build(), PRODUCTION);

        assertEquals(List.of("moodle-b.json: issuer '" + ISSUER + "' with client_id 'tool-client-1' is already defined in "
                + "moodle-a.json"), StaticPlatformFiles.check(List.of(first, second)));
    }

    @Test
    void acceptsTheSameIssuerWithAnotherClientId() {
        PlatformFile first = parse(moodle(), PRODUCTION);
        PlatformFile second = parse(moodle().add("client_id", "tool-client-2"), PRODUCTION);
        assertEquals(List.of(), StaticPlatformFiles.check(List.of(first, second)));
    }

    @Test
    void readsEveryJsonFileOfTheDirectoryButNotItsSubfolders(@TempDir Path dir) throws IOException {
        write(dir.resolve("moodle.json"), moodle().build().toString());
        write(dir.resolve("broken.json"), "{ \"issuer\": ");
        write(dir.resolve("README.txt"), "not a platform file");
        Files.createDirectories(dir.resolve("archive"));
        write(dir.resolve("archive/old-moodle.json"), "{ also broken");
        Files.createDirectories(dir.resolve("folder.json"));

        List<PlatformFile> files = StaticPlatformFiles.read(dir, PRODUCTION);

        assertEquals(2, files.size());
        List<String> problems = StaticPlatformFiles.check(files);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("broken.json: is not a JSON object: "), problems.get(0));
        assertEquals(1, files.stream().filter(f -> f.details() != null).count());
        assertEquals(ISSUER, files.stream().filter(f -> f.details() != null).findFirst().orElseThrow().details().issuer());
    }

    @Test
    void reportsJsonArrayFileAsNotAnObject(@TempDir Path dir) throws IOException {
        write(dir.resolve("platforms.json"), "[" + moodle().build() + "]");

        List<String> problems = StaticPlatformFiles.check(StaticPlatformFiles.read(dir, PRODUCTION));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("platforms.json: is not a JSON object"), problems.get(0));
    }

    @Test
    void readsNothingFromMissingDirectory(@TempDir Path dir) {
        assertEquals(List.of(), StaticPlatformFiles.read(dir.resolve("lti-config"), PRODUCTION));
    }

    @Test
    void everyExampleFileIsValidForProduction() throws IOException {
        Path examples = Path.of("lti-config/examples");
        assertTrue(Files.isDirectory(examples), "missing directory " + examples.toAbsolutePath());
        List<PlatformFile> files = StaticPlatformFiles.read(examples, PRODUCTION);
        assertFalse(files.isEmpty(), "no *.json example in " + examples.toAbsolutePath());

        assertEquals(List.of(), StaticPlatformFiles.check(files));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
