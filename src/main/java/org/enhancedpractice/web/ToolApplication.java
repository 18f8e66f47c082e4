package org.enhancedpractice.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JAX-RS resources at the context root: /lti/…, /demo/…, /api/…. */
@ApplicationPath("")
public class ToolApplication extends Application {
}
