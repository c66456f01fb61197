package io.patchbay.model.csv.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.patchbay.model.csv.CsvProblem;

/**
 * The rows of a CSV file, each with the line it starts on. Reading never throws: whatever is wrong with the bytes
 * (not UTF-8, unbalanced quotes, empty) becomes a located {@link CsvProblem}.
 */
public final class CsvTable {

    /** One record of the file and the line it starts on (the header is line 1). */
    public record Row(long line, List<String> cells) {
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    /** The header first, then the data rows; blank lines are skipped. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads CSV bytes. On a problem that makes the rest unreadable, adds it to {@code problems} and returns
     * {@code null}.
     */
    public static CsvTable read(byte[] bytes, String source, List<String> exampleHeader, List<CsvProblem> problems) {
        String text = decode(bytes, source, problems);
        if (text == null) {
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(new CsvProblem(source, 1, null, "the file is empty; its first line must name the columns, e.g. "
                    + String.join(",", exampleHeader)));
            return null;
        }
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        long nextLine = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    rows.add(new Row(lines.lineOf(record.getCharacterPosition()), Arrays.asList(record.values())));
                    nextLine = parser.getCurrentLineNumber() + 1;
                } catch (RuntimeException e) { // Commons CSV reports malformed input as unchecked exceptions
                    problems.add(new CsvProblem(source, nextLine, null, malformed(e)));
                    return null;
                }
            }
        } catch (IOException e) {
            problems.add(new CsvProblem(source, nextLine, null, "cannot read the CSV: " + e.getMessage()));
            return null;
        }
        return new CsvTable(rows);
    }

    /**
     * A semicolon when the header line has semicolons and no comma (spreadsheets in locales with a decimal comma
     * write such files), else a comma.
     */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static String decode(byte[] bytes, String source, List<CsvProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(new CsvProblem(source, line, null, String.format(
                    "the file is not UTF-8 (byte 0x%02X); save it as \"CSV UTF-8\" or convert it, "
                            + "e.g. iconv -f latin1 -t utf-8", bytes[offset] & 0xFF)));
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static String malformed(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field that starts here is never closed (unbalanced \"); close the quote, and write a \" "
                    + "inside a quoted field as \"\"";
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "text after the closing \" of a quoted field; quote the whole field, and write a \" inside it as \"\"";
        }
        return "not valid CSV (" + message.replaceAll("^.*?Exception: ", "") + ")";
    }

    /** Maps character offsets to line numbers. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int[] found = new int[16];
            int count = 1; // line 1 starts at 0
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        long lineOf(long offset) {
            int at = Arrays.binarySearch(starts, (int) offset);
            return (at >= 0 ? at : -at - 2) + 1;
        }
    }
}
