package io.rapport.demo;

/**
 * How much demo data to generate. S is the story a person clicks through; M and L exist for
 * benchmarks (L: 100,000 partnerships across 20 vendors).
 */
public enum DemoScale {
	S(3, 300), M(8, 6_600), L(20, 65_700);

	private final int vendors;

	private final int partners;

	DemoScale(int vendors, int partners) {
		this.vendors = vendors;
		this.partners = partners;
	}

	public int vendors() {
		return vendors;
	}

	public int partners() {
		return partners;
	}
}
