package org.enhancedpractice.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one factory for integration-test deployments: the war Maven just built, whole, deployed at the context root
 * (Payara Micro maps ROOT.war to "/") so the tool's URLs match its configured base URL.
 */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive tool() {
        File war = new File(System.getProperty("it.war", "target/ept.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after `mvn package`");
        }
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
    }

    /** The tool's public base URL, as the tool under test was configured (EPT_BASE_URL). */
    public static String baseUrl() {
        return System.getProperty("it.base.url", "http://localhost:18081");
    }
}
