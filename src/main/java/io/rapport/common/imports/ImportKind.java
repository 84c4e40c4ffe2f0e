package io.rapport.common.imports;

/**
 * What an import merges into a vendor's data. Imports of one vendor and kind run one after
 * another (see {@link ImportLocks}); imports of different kinds or vendors run side by side.
 */
public enum ImportKind {
	SALES, EXCHANGE_RATES,
	/** Touchpoint files and calendar exports alike: both merge into the same touchpoints by external id. */
	TOUCHPOINTS, SUPPORT_CASES
}
