package cn.bjip.outlets.record;

import cn.bjip.outlets.platform.BusinessRuleViolation;
import cn.bjip.outlets.platform.ZipLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an import file, CSV or Excel (.xlsx, first sheet), into rows of cells by header; the first row is the header.
 * A CSV is decoded strictly: as UTF-8 (with or without a byte order mark) if its bytes are UTF-8, else as GB18030 (what
 * Excel saves on Chinese Windows, a superset of GBK) if they are that; a file that is neither, or that holds control
 * characters or replacement characters, is refused rather than stored garbled. Line numbers are the file's, so that a report can point at them. Bounded (RS-4): the file's size, its
 * rows, columns and cell lengths are capped and checked while reading; an .xlsx is read from a temporary file as a
 * stream of XML events (never a whole workbook in memory), its zip entries are held to {@link ZipLimits} (zip bombs),
 * and a workbook with macros is refused.
 */
final class ImportFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_COLUMNS = 100;
    static final int MAX_CELL_LENGTH = 4000;
    private static final Pattern MACROS = Pattern.compile("(?i)/xl/vbaProject\\.bin|/xl/macrosheets/.*");

    private ImportFiles() {
    }

    /** The rows of the file; refuses it (naming why) past {@code maxRows} data rows or any other bound. */
    static List<ImportRow> read(byte[] bytes, int maxRows) throws IOException {
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleViolation("import.tooLarge", null, MAX_BYTES / (1024 * 1024));
        }
        boolean excel = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        Lines lines = new Lines(maxRows + 1);
        if (excel) {
            excel(bytes, lines);
        } else {
            csv(decoded(bytes), lines);
        }
        return rows(lines.all);
    }

    private static List<ImportRow> rows(List<List<String>> lines) {
        List<ImportRow> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = lines.get(0).stream().map(String::strip).toList();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> byHeader = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byHeader.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            rows.add(new ImportRow(i + 1, byHeader));
        }
        return rows;
    }

    /** The file's lines as they are read, each checked against the bounds at once. */
    private static final class Lines {
        private final int maxLines;
        private final List<List<String>> all = new ArrayList<>();

        Lines(int maxLines) {
            this.maxLines = maxLines;
        }

        void add(List<String> cells) {
            if (all.size() >= maxLines) {
                throw new BusinessRuleViolation("import.tooManyRows", null, maxLines - 1);
            }
            all.add(cells);
        }

        static void checkCell(int column, int length, int line) {
            if (column >= MAX_COLUMNS) {
                throw new BusinessRuleViolation("import.tooManyColumns", null, MAX_COLUMNS);
            }
            if (length > MAX_CELL_LENGTH) {
                throw new BusinessRuleViolation("import.cellTooLong", null, line, MAX_CELL_LENGTH);
            }
        }
    }

    /** Read from a temporary file, so that POI inflates only the parts it reads, as it reads them. */
    private static void excel(byte[] bytes, Lines lines) throws IOException {
        ZipLimits.apply();
        Path file = Files.createTempFile("portal-import-", ".xlsx");
        try {
            Files.write(file, bytes);
            excel(file, lines);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void excel(Path file, Lines lines) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (!workbook.getPartsByName(MACROS).isEmpty()) {
                throw new BusinessRuleViolation("import.macros", null);
            }
            XSSFReader reader = new XSSFReader(workbook);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(workbook), new SheetLines(lines), new IsoDates(date1904(reader)), false));
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream first = sheets.next()) {
                parser.parse(new InputSource(first));
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | SAXException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** The rows of a sheet as SAX events deliver them, empty rows and cells filled in so that line numbers hold. */
    private static final class SheetLines implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Lines lines;
        private List<String> row;

        SheetLines(Lines lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            while (lines.all.size() < rowNum) {
                lines.add(new ArrayList<>());
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            String text = value == null ? "" : value;
            Lines.checkCell(column, text.length(), lines.all.size() + 1);
            while (row.size() < column) {
                row.add("");
            }
            row.add(text);
        }
    }

    /** Whether the workbook counts its dates from 1904 (old Mac workbooks) instead of 1900. */
    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException {
        try (InputStream workbook = reader.getWorkbookData()) {
            String head = new String(workbook.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return DATE_1904.matcher(head).find();
        }
    }

    private static final Pattern DATE_1904 = Pattern.compile("<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904=\"(?:1|true)\"");

    /** Shows cells formatted as dates the way the import reads them: ISO, 2026-03-15. */
    private static final class IsoDates extends DataFormatter {
        private final boolean date1904;

        IsoDates(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final Pattern NOT_TEXT = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFD]");

    /** The CSV's text, decided by its bytes: UTF-8 (a byte order mark skipped) or else GB18030; anything else is refused. */
    static String decoded(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        ByteBuffer content = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        for (Charset charset : bom ? List.of(StandardCharsets.UTF_8) : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            String text;
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content.duplicate()).toString();
            } catch (CharacterCodingException notThisOne) {
                continue;
            }
            if (NOT_TEXT.matcher(text).find() || charset != StandardCharsets.UTF_8 && !chinese(text)) {
                break;
            }
            return text;
        }
        throw new BusinessRuleViolation("import.encoding", null);
    }

    /**
     * Whether a GB18030 decoding is plausibly Chinese text. Nearly any 8-bit file (Latin-1, CP1252, Big5) decodes as
     * GB18030 too, mostly into rare characters outside GB2312, the set that everyday Chinese text stays within; so
     * beyond ASCII only Han characters, CJK and full-width punctuation and the symbols of GB2312 are taken, and at most
     * one in ten of them may lie outside GB2312 (a rare character in a name).
     */
    private static boolean chinese(String text) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int wide = 0;
        int rare = 0;
        for (int c : text.codePoints().filter(c -> c >= 0x80).toArray()) {
            boolean common = gb2312.canEncode(Character.toString(c));
            if (!common && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
            wide++;
            rare += common ? 0 : 1;
        }
        return rare * 10 <= wide;
    }

    /** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
    private static void csv(String text, Lines lines) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell(cell, cells.size(), lines));
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell(cell, cells.size(), lines));
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell(cell, cells.size(), lines));
            lines.add(cells);
        }
    }

    private static String cell(StringBuilder cell, int column, Lines lines) {
        Lines.checkCell(column, cell.length(), lines.all.size() + 1);
        String text = cell.toString();
        cell.setLength(0);
        return text;
    }
}
