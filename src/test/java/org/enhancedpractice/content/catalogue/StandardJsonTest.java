package org.enhancedpractice.content.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;
import org.enhancedpractice.content.standard.Ksb;
import org.enhancedpractice.content.standard.StandardReader;
import org.junit.jupiter.api.Test;

class StandardJsonTest {
    @Test
    void anImportedCatalogueReadsBackAsWritten() throws Exception {
        ApprenticeshipStandard shipped;
        try (Reader in = Files.newBufferedReader(Path.of("content-packages/standards/ST0895-1.2.json"))) {
            shipped = StandardReader.read(in);
        }
        ApprenticeshipStandard imported = shipped.withKsbs(List.of(new Ksb("K1", "knowledge", null, "Published K1")),
                false);
        ApprenticeshipStandard back = StandardReader.read(new StringReader(StandardJson.write(imported)));
        assertEquals(imported, back);
        assertFalse(back.illustrative());
    }
}
