/**
 * Workbench: each role's start page and the programme's history over time, composed from the
 * other modules' published views. It owns no tables and publishes nothing: a channel chief, a
 * CAM, a vendor's executive, a partner and an analyst each land on the page their day starts with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench")
package io.rapport.workbench;
