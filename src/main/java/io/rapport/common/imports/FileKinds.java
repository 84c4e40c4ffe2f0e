package io.rapport.common.imports;

/** Tells binary files from text by their first bytes, and names the common ones people upload by mistake. */
final class FileKinds {

	private FileKinds() {
	}

	/**
	 * @param head the file's first bytes (a few kilobytes)
	 * @return what the file looks like ("a PDF document"), or null when it reads as text
	 */
	static String binaryKind(byte[] head) {
		if (startsWith(head, "%PDF")) {
			return "a PDF document";
		}
		if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
			return "an old Excel (.xls) or Word (.doc) file; save it as XLSX";
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF) || startsWith(head, "GIF8")) {
			return "an image";
		}
		if (startsWith(head, 0x1F, 0x8B) || startsWith(head, '7', 'z', 0xBC, 0xAF) || startsWith(head, "Rar!")) {
			return "a compressed archive";
		}
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				return "a binary file";
			}
			// Text has tabs and line breaks; anything else below a space is rare in it.
			if ((b & 0xFF) < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		return control > head.length / 100 + 1 ? "a binary file" : null;
	}

	private static boolean startsWith(byte[] head, String prefix) {
		return startsWith(head, prefix.chars().toArray());
	}

	private static boolean startsWith(byte[] head, int... prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((head[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
