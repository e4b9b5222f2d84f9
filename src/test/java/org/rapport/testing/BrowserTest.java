package org.rapport.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * For browser tests: {@code @ExtendWith(BrowserTest.class)} gives each test class one browser (a
 * {@link Browser} parameter), saves a screenshot under target/screenshots when a test fails, and
 * always quits the browser.
 */
public class BrowserTest
        implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserTest.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path profile =
                Files.createTempDirectory(
                        IntegrationTestRun.targetDirectory(), "chromium-profile-");
        context.getStore(NAMESPACE).put("browser", Browser.start(profile));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = browser(context);
        if (browser != null) {
            try {
                Path file =
                        browser.screenshot(
                                "FAILED-"
                                        + context.getRequiredTestClass().getSimpleName()
                                        + "-"
                                        + context.getRequiredTestMethod().getName());
                System.err.println("Screenshot of the failure: " + file);
            } catch (RuntimeException e) {
                System.err.println("No screenshot of the failure: " + e.getMessage());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    /** A test method's store also sees what its class put there. */
    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get("browser", Browser.class);
    }
}
