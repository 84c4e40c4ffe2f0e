package io.rapport.touchpoints;

/** A vendor's own touchpoint type, counted as one of the base kinds. */
public record TouchpointType(String code, String name, TouchpointKind kind) {
}
