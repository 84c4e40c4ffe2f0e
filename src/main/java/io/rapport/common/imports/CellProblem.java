package io.rapport.common.imports;

import io.rapport.common.ValueRefusedException;

/**
 * A cell (or header) an import cannot read, named by a message code so a page says why in the
 * reader's language; its message is the English words, for the API and the log.
 */
public class CellProblem extends ValueRefusedException {

	public CellProblem(String code, Object... arguments) {
		super(code, arguments);
	}
}
