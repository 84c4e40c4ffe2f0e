package io.rapport.common.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a spreadsheet file — CSV in UTF-8 (with or without BOM) or Windows-1250
 * with {@code ,} {@code ;} or tab between fields, or the first sheet of an XLSX workbook — as lists
 * of cell texts with the line number a spreadsheet user sees. Never loads the file into memory.
 */
public final class TabularFile {

	/** Receives the rows in file order; the first non-empty row is the header. */
	public interface RowVisitor {

		void row(long line, List<String> cells);
	}

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

	private TabularFile() {
	}

	public static void read(Path file, RowVisitor visitor) throws IOException {
		byte[] head = new byte[4];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, 4);
		}
		if (read == 4 && java.util.Arrays.equals(head, ZIP)) {
			readXlsx(file, visitor);
		}
		else {
			readCsv(file, visitor);
		}
	}

	private static void readCsv(Path file, RowVisitor visitor) throws IOException {
		boolean bom = startsWith(file, UTF8_BOM);
		Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1250;
		char delimiter = delimiter(file, charset, bom);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true).get();
		try (Reader reader = reader(file, charset, bom); CSVParser parser = CSVParser.parse(reader, format)) {
			long nextLine = 1;
			for (CSVRecord record : parser) {
				long line = nextLine;
				nextLine = parser.getCurrentLineNumber() + 1;
				List<String> cells = record.toList();
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				visitor.row(line, cells);
			}
		}
		catch (IllegalStateException | java.io.UncheckedIOException ex) {
			throw new IOException("the CSV is malformed: " + ex.getMessage(), ex);
		}
	}

	private static Reader reader(Path file, Charset charset, boolean bom) throws IOException {
		InputStream in = Files.newInputStream(file);
		if (bom) {
			in.skipNBytes(UTF8_BOM.length);
		}
		return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
	}

	/** The delimiter that occurs most often in the header line, outside quotes. */
	private static char delimiter(Path file, Charset charset, boolean bom) throws IOException {
		try (BufferedReader reader = new BufferedReader(reader(file, charset, bom))) {
			String header = reader.readLine();
			while (header != null && header.isBlank()) {
				header = reader.readLine();
			}
			if (header == null) {
				return ',';
			}
			int commas = 0;
			int semicolons = 0;
			int tabs = 0;
			boolean quoted = false;
			for (char c : header.toCharArray()) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted) {
					commas += c == ',' ? 1 : 0;
					semicolons += c == ';' ? 1 : 0;
					tabs += c == '\t' ? 1 : 0;
				}
			}
			return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
		}
	}

	private static boolean startsWith(Path file, byte[] prefix) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return java.util.Arrays.equals(in.readNBytes(prefix.length), prefix);
		}
	}

	/** Whether the whole file decodes as UTF-8; Polish Excel exports in Windows-1250 do not. */
	private static boolean isUtf8(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
		CharBuffer chars = CharBuffer.allocate(1 << 16);
		try (var channel = Files.newByteChannel(file)) {
			while (true) {
				int n = channel.read(bytes);
				bytes.flip();
				var result = decoder.decode(bytes, chars, n < 0);
				if (result.isError()) {
					return false;
				}
				chars.clear();
				bytes.compact();
				if (n < 0) {
					return !decoder.flush(chars).isError();
				}
			}
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static void readXlsx(Path file, RowVisitor visitor) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(visitor),
						new IsoDataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("the workbook cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** Collects one sheet row's cells, filling skipped (empty) cells with empty text. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowVisitor visitor;

		private final List<String> cells = new ArrayList<>();

		Rows(RowVisitor visitor) {
			this.visitor = visitor;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (!cells.stream().allMatch(String::isBlank)) {
				visitor.row(rowNum + 1L, List.copyOf(cells));
			}
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value.trim());
		}
	}

	/**
	 * Numbers as plain decimals and dates as ISO days, whatever the cell's display format: the
	 * importer reads values, not what a locale's Excel shows.
	 */
	private static final class IsoDataFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}
}
