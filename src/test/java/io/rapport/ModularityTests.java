package io.rapport;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RapportApplication.class);

	@Test
	void modulesOnlyUseEachOthersApisAndFormNoCycles() {
		modules.verify();
	}

	@Test
	void laysOutTheModulesOfTheDesign() {
		assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
			.contains("io.rapport.common", "io.rapport.organizations", "io.rapport.identity", "io.rapport.demo");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
