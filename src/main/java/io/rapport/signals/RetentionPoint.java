package io.rapport.signals;

import java.time.LocalDate;

/**
 * A partnership as the vendor's model would have seen it on a past day: P(alive) then, the
 * transactions it expected over the next 13 weeks, and those that came (null while the 13 weeks
 * have not passed).
 */
public record RetentionPoint(LocalDate asOf, Double pAlive, Double expectedNextQuarter, Integer actualNextQuarter) {
}
