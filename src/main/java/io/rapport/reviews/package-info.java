/**
 * Reviews: a partnership's one-page quarterly business review, as a PDF a CAM takes to the partner
 * — the indices explained, their trend, the quarter's touchpoints, support cases and sales. It reads
 * only the other modules' published views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews")
package io.rapport.reviews;
