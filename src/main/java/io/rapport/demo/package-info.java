/**
 * The demo programme: a deterministic generator (fixed seed) that tells the columns' story with
 * fictional companies — three vendors with different attitudes to their channel, about 300 Polish
 * partners — and the bulk scales used by the benchmarks. Each capability adds its part of the
 * story as a {@link io.rapport.demo.DemoStep}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package io.rapport.demo;
