package org.enhancedpractice.xapi.about;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.enhancedpractice.xapi.XapiVersion;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.OpenLrsEndpoint;

/**
 * {@code GET <base>/xapi/about}: no credentials and no version header needed (Part 3 §2.4, §6.2); lists every
 * version the LRS speaks (1.0.3 and 2.0.0).
 */
@Path("xapi/about")
@LrsEndpoint
@OpenLrsEndpoint
public class AboutResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String about() {
        var versions = JSON.createArrayBuilder();
        for (XapiVersion version : XapiVersion.values()) {
            versions.add(version.header());
        }
        return JSON.createObjectBuilder().add("version", versions)
                .add("extensions", JSON.createObjectBuilder()).build().toString();
    }
}
