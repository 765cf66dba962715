package io.dynaspec.runner.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.channels.spi.SelectorProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code serve} names the JDK's selector provider to spare start-up the class path's look-up. */
class ServeCommandTest {
    private String before;

    @BeforeEach
    void keep() {
        before = System.getProperty(ServeCommand.SELECTOR_PROVIDER);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(ServeCommand.SELECTOR_PROVIDER);
        } else {
            System.setProperty(ServeCommand.SELECTOR_PROVIDER, before);
        }
    }

    @Test
    void namesTheProviderTheJdkPicksItselfOnLinux() {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "the provider's name is known for Linux");
        assumeTrue(before == null, "this JVM already names a provider");
        String named = ServeCommand.nameJdkSelectorProvider();
        assertEquals("sun.nio.ch.EPollSelectorProvider", named);
        assertEquals(named, System.getProperty(ServeCommand.SELECTOR_PROVIDER));
        // the JDK's own choice, whichever way this JVM made it
        assertEquals(named, SelectorProvider.provider().getClass().getName());
    }

    @Test
    void leavesAProviderNamedByTheUserAlone() {
        System.setProperty(ServeCommand.SELECTOR_PROVIDER, "com.example.Provider");
        assertNull(ServeCommand.nameJdkSelectorProvider());
        assertEquals("com.example.Provider", System.getProperty(ServeCommand.SELECTOR_PROVIDER));
    }
}
