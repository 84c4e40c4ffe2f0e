package io.rapport.sales.importing;
public enum RateGranularity { DAY, MONTH }
