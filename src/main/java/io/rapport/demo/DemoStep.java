package io.rapport.demo;

/**
 * One capability's part of the demo story. Steps run in {@link #order()} inside one transaction;
 * the programme step (organisations, users, partnerships) is order 0, later capabilities follow.
 */
public interface DemoStep {

	int order();

	void generate(DemoContext context);
}
