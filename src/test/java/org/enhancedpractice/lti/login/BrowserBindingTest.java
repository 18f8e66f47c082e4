package org.enhancedpractice.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two state modes and which logins get which (lti-cs-oidc v0.1; ADR 0005). */
class BrowserBindingTest {
    private final LoginService service = new LoginService();

    private static LoginRequest login(String storageTarget) {
        return new LoginRequest("https://canvas.example", "u1", "https://ept.example/lti/launch", null, "c1", null,
                storageTarget);
    }

    @Test
    void loginWithStorageTargetUsesPlatformStorageWithAFreshSecret() {
        BrowserBinding first = service.bindingFor(login("post_message_forwarding"));
        BrowserBinding second = service.bindingFor(login("post_message_forwarding"));
        assertTrue(first.usesPlatformStorage());
        assertEquals("post_message_forwarding", first.storageTarget());
        assertTrue(first.storageValue().length() >= 43, "256 random bits, base64url");
        assertNotEquals(first.storageValue(), second.storageValue());
    }

    @Test
    void loginWithoutStorageTargetUsesTheCookie() {
        BrowserBinding binding = service.bindingFor(login(null));
        assertFalse(binding.usesPlatformStorage());
        assertEquals(BrowserBinding.cookie(), binding);
    }

    @Test
    void modesCannotBeMixed() {
        assertThrows(IllegalArgumentException.class,
                () -> new BrowserBinding(BrowserBinding.Mode.COOKIE, "_parent", null));
        assertThrows(IllegalArgumentException.class, () -> BrowserBinding.platformStorage("_parent", " "));
        assertThrows(IllegalArgumentException.class, () -> BrowserBinding.platformStorage("bad target", "v"));
    }

    @Test
    void storageKeyIsDerivedFromTheState() {
        assertEquals("state_abc", BrowserBinding.storageKey("abc"));
    }
}
