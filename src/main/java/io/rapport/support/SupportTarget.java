package io.rapport.support;

/** What a vendor promises for a severity: minutes to a first response and to a resolution. */
public record SupportTarget(Severity severity, int firstResponseMinutes, int resolutionMinutes) {
}
