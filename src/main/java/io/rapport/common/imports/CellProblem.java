package io.rapport.common.imports;

import io.rapport.common.text.IcuMessageSource;

/**
 * A cell (or header) an import cannot read, named by a message code so a page says why in the
 * reader's language; its message is the English words, for the API and the log.
 */
public class CellProblem extends IllegalArgumentException {

	private final String code;

	private final transient Object[] arguments;

	public CellProblem(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments.clone();
	}

	@Override
	public String getMessage() {
		return IcuMessageSource.english(code, arguments);
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
