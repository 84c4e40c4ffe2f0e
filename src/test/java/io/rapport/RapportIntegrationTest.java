package io.rapport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole application on a real PostgreSQL (embedded, fresh for each test run)
 * holding the S demo programme. Every test class with this annotation shares one Spring context
 * and one database; tests that change data create their own records instead of editing the demo's.
 * E-mail goes to an SMTP server in the same JVM ({@link TestMailServer}); the application's clock is a
 * {@link MovableClock} a test may move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = RapportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.class)
@Import(MovableClock.Installed.class)
public @interface RapportIntegrationTest {
}
