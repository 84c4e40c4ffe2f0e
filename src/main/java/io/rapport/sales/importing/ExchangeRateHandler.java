package io.rapport.sales.importing;
public interface ExchangeRateHandler { void accept(ExchangeRateRow row); void reject(RowError error); }
