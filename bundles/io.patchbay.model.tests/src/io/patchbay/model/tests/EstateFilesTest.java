package io.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.model.Estate;
import io.patchbay.model.EstateFileException;
import io.patchbay.model.EstateResources;

/** An estate file that cannot be read gives one located line that says what to do, and nothing half-loaded. */
class EstateFilesTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <estate:Estate
                xmi:version="2.0"
                xmlns:xmi="http://www.omg.org/XMI"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:estate="http://patchbay.io/estate/1.0"
                name="Broken">
            """;

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private EstateFileException failToLoad(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        EstateFileException failure = assertThrows(EstateFileException.class, () -> EstateResources.load(file));
        assertEquals(new String(before, StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), "the file is left untouched");
        assertTrue(failure.getMessage().startsWith(file + ":"), failure.getMessage());
        assertEquals(1, failure.getMessage().lines().count(), "one line: " + failure.getMessage());
        return failure;
    }

    @Test
    void aTruncatedFileNamesTheLineWhereTheXmlBreaks() throws IOException {
        Path file = write("truncated.estate", HEADER + "  <customers\n      id=\"c1\"\n      name=\"Nord");
        EstateFileException failure = failToLoad(file);
        assertAll(() -> assertEquals(10, failure.line(), failure.getMessage()),
                () -> assertTrue(failure.problem().startsWith("not well-formed XML ("), failure.problem()),
                () -> assertTrue(failure.problem().endsWith("; repair the file or restore it"), failure.problem()));
    }

    @Test
    void aForeignXmlFileIsNotAnEstate() throws IOException {
        Path file = write("page.estate", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>\n");
        EstateFileException failure = failToLoad(file);
        assertEquals("not an estate file (unknown namespace 'http://www.w3.org/1999/xhtml'); open a file written by"
                + " Patchbay", failure.problem());
    }

    @Test
    void anUnknownAttributeIsNamedWithItsLine() throws IOException {
        Path file = write("unknown.estate", HEADER + "  <customers\n      id=\"c1\"\n      colour=\"red\"/>\n"
                + "</estate:Estate>\n");
        EstateFileException failure = failToLoad(file);
        assertAll(() -> assertEquals(10, failure.line(), failure.getMessage()),
                () -> assertEquals("unknown attribute or element 'colour' on Customer; remove it, or open the file"
                        + " with the Patchbay version that wrote it", failure.problem()));
    }

    @Test
    void aBadNumberIsNamedWithItsAttribute() throws IOException {
        Path file = write("value.estate", HEADER + "  <customers id=\"c1\">\n    <sites id=\"s1\">\n"
                + "      <systems id=\"p1\" sshPort=\"twenty-two\"/>\n    </sites>\n  </customers>\n"
                + "</estate:Estate>\n");
        EstateFileException failure = failToLoad(file);
        assertAll(() -> assertEquals(10, failure.line(), failure.getMessage()),
                () -> assertEquals("bad value 'twenty-two' for 'sshPort' of OsbizSystem; correct it",
                        failure.problem()));
    }

    @Test
    void aDanglingReferenceIsNamed() throws IOException {
        Path file = write("dangling.estate", HEADER + "  <customers id=\"c1\">\n    <sites id=\"s1\">\n"
                + "      <systems id=\"p1\" accessRouter=\"#no-such-router\"/>\n    </sites>\n  </customers>\n"
                + "</estate:Estate>\n");
        EstateFileException failure = failToLoad(file);
        assertTrue(failure.problem().startsWith("reference '"), failure.problem());
        assertTrue(failure.problem().endsWith("' points to no object in the estate; correct or remove it"),
                failure.problem());
    }

    @Test
    void textThatIsNotUtf8IsReportedAsSuch() throws IOException {
        Path file = folder.resolve("latin1.estate");
        Files.write(file, (HEADER.replace("Broken", "M\u00fcller") + "</estate:Estate>\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        EstateFileException failure = failToLoad(file);
        assertTrue(failure.problem().contains("UTF-8"), failure.problem());
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = folder.resolve("nowhere.estate");
        EstateFileException failure = assertThrows(EstateFileException.class, () -> EstateResources.load(file));
        assertEquals(file + ": no such file; check the path", failure.getMessage());
    }

    @Test
    void aFailedLoadLeavesNothingBehindThatCouldBeSavedOverTheFile() throws IOException {
        Path file = write("truncated.estate", HEADER + "  <customers");
        ResourceSet resources = EstateResources.createResourceSet();
        assertThrows(EstateFileException.class, () -> EstateResources.load(resources, file));
        assertTrue(resources.getResources().isEmpty(), "no half-loaded resource: " + resources.getResources());
    }

    @Test
    void aGoodFileStillLoads() throws IOException {
        Path file = write("good.estate", HEADER + "  <customers id=\"c1\" name=\"Nordhafen\"/>\n</estate:Estate>\n");
        Estate estate = EstateResources.load(file);
        assertEquals("Nordhafen", estate.getCustomers().get(0).getName());
    }
}
