package org.enhancedpractice.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
    private static final URI BASE = URI.create("https://moodle.example.ac.uk/mod/lti/services.php/2/bindings/3/memberships");

    @ParameterizedTest
    @ValueSource(strings = {
            "<https://moodle.example.ac.uk/m?from=50>; rel=\"next\"",
            "<https://moodle.example.ac.uk/m?from=50>; rel=\u201cnext\u201d",
            "<https://moodle.example.ac.uk/m?from=50>; rel=\u00e2\u0080\u009cnext\u00e2\u0080\u009d",
            "<https://moodle.example.ac.uk/m?from=50>; rel='next'",
            "<https://moodle.example.ac.uk/m?from=50>;rel=next",
            "<https://moodle.example.ac.uk/m?from=50>; REL = \"NEXT\""})
    void findsNextWhateverTheQuoting(String header) {
        assertEquals(URI.create("https://moodle.example.ac.uk/m?from=50"), LinkHeader.parse(List.of(header), BASE).get("next"));
    }

    @Test
    void readsSeveralLinksAndResolvesRelativeTargets() {
        Map<String, URI> links = LinkHeader.parse(List.of(
                "<?from=100>; rel=\"next\", <https://x.example/d?since=1>; rel=\"differences\"",
                "<?from=0>; rel=\"first\""), BASE);
        assertEquals(URI.create(BASE + "?from=100"), links.get("next"));
        assertEquals(URI.create("https://x.example/d?since=1"), links.get("differences"));
        assertEquals(URI.create(BASE + "?from=0"), links.get("first"));
    }

    @Test
    void noLinksWithoutRel() {
        assertEquals(Map.of(), LinkHeader.parse(List.of("<https://x.example/a>; title=\"a\""), BASE));
    }
}
