package io.rapport.common.web;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;

/** Tells an upload refused for its size from other unreadable requests. */
final class UploadLimits {

	private UploadLimits() {
	}

	static boolean exceeded(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SizeException) {
				return true;
			}
		}
		return false;
	}
}
