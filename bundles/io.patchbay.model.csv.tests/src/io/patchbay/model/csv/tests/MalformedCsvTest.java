package io.patchbay.model.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.patchbay.model.Estate;
import io.patchbay.model.Station;
import io.patchbay.model.csv.CsvImportException;
import io.patchbay.model.csv.CsvKind;
import io.patchbay.model.csv.CsvProblem;
import io.patchbay.model.csv.EstateCsv;

/** Files that are not proper CSV give a located message, never a stack trace, and change nothing. */
class MalformedCsvTest {

    @TempDir
    Path folder;

    private Estate estate;
    private String before;

    @BeforeEach
    void loadDemo() {
        estate = DemoEstates.load(folder);
        before = DemoEstates.text(estate);
    }

    private List<String> refused(byte[] csv) {
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> EstateCsv.importCsv(estate, CsvKind.STATIONS, csv, "stations.csv"));
        assertEquals(before, DemoEstates.text(estate));
        return e.problems().stream().map(CsvProblem::toString).toList();
    }

    private List<String> refused(String csv) {
        return refused(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnbalancedQuoteIsReportedOnTheLineWhereTheFieldStarts() {
        assertEquals(List.of("stations.csv:3: a quoted field that starts here is never closed (unbalanced \"); "
                + "close the quote, and write a \" inside a quoted field as \"\""), refused("""
                        system,number,name
                        pbx-hh,120,"Fine, quoted"
                        pbx-hh,121,"Never closed
                        pbx-hh,122,Next
                        """));
    }

    @Test
    void textAfterAClosingQuoteIsReported() {
        assertEquals(List.of("stations.csv:2: text after the closing \" of a quoted field; quote the whole field, "
                + "and write a \" inside it as \"\""), refused("system,number,name\npbx-hh,120,\"Anna\" Schulz\n"));
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithItsLineAndHowToConvertIt() {
        byte[] latin1 = "system,number,name\npbx-hh,120,J\u00fcrgen\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("stations.csv:2: the file is not UTF-8 (byte 0xFC); save it as \"CSV UTF-8\" or "
                + "convert it, e.g. iconv -f latin1 -t utf-8"), refused(latin1));
    }

    @Test
    void anEmptyFileSaysWhatTheFirstLineMustHold() {
        assertEquals(List.of("stations.csv:1: the file is empty; its first line must name the columns, e.g. "
                + "id,system,number,name,type,authentication,passwordRef,sipUserId,realm,classOfService,sbcFlag,"
                + "speEnabled,ipUserLicence"), refused(" \n"));
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsIsReported() {
        assertEquals(List.of(
                "stations.csv:2: the row has 2 fields but the header names 3 columns; check for a missing or extra "
                        + "delimiter, and put a cell that holds one in \"quotes\"",
                "stations.csv:4: the row has 4 fields but the header names 3 columns; check for a missing or extra "
                        + "delimiter, and put a cell that holds one in \"quotes\""),
                refused("system,number,name\npbx-hh,120\npbx-hh,121,Fine\npbx-hh,122,Schulz, Anna\n"));
    }

    @Test
    void aSpreadsheetFileWithByteOrderMarkSemicolonsAndCrlfLineEndsIsRead() throws Exception {
        byte[] csv = "\uFEFFsystem;number;name\r\npbx-hh;120;\"Schulz; Anna\"\r\n".getBytes(StandardCharsets.UTF_8);
        EstateCsv.importCsv(estate, CsvKind.STATIONS, csv, "stations.csv");
        Station station = DemoEstates.all(estate, Station.class).stream().filter(s -> "120".equals(s.getNumber()))
                .findFirst().orElseThrow();
        assertEquals("Schulz; Anna", station.getName());
    }

    @Test
    void aQuotedFieldMaySpanLinesAndLaterLinesKeepTheirNumbers() {
        assertEquals(List.of("stations.csv:4: column 'type': 'HFA' is not one of SYSTEM_CLIENT_HFA, SIP_CLIENT"),
                refused("system,number,name,type\npbx-hh,120,\"Two\nlines\",SIP_CLIENT\npbx-hh,121,x,HFA\n"));
    }
}
