package org.enhancedpractice.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The LRS's configuration keys (docs/configuration.md); environment variables XAPI_DEMO_KEY / XAPI_DEMO_SECRET. */
@ApplicationScoped
public class XapiSettings {
    public static final String DEFAULT_DEMO_KEY = "demo";
    public static final String DEFAULT_DEMO_SECRET = "demo-secret-change-me";

    @Inject @ConfigProperty(name = "xapi.demo.key", defaultValue = DEFAULT_DEMO_KEY)
    String demoKey;
    @Inject @ConfigProperty(name = "xapi.demo.secret", defaultValue = DEFAULT_DEMO_SECRET)
    String demoSecret;

    public String demoKey() {
        return demoKey;
    }

    public String demoSecret() {
        return demoSecret;
    }
}
