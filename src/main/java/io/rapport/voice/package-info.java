/**
 * Voice: the partner's side, safe to use. Survey waves run by a vendor or by a neutral analyst,
 * answers kept anonymous (no figure rests on fewer than five partner organisations), NPS and
 * criterion means with their intervals, the channel team's self-assessment and the perception gap
 * between what the team believes and what partners say.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voice")
package io.rapport.voice;
