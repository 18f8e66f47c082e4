package org.enhancedpractice.xapi.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An LRS resource that needs neither credentials nor a version header (the About resource, Part 3 §2.4). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OpenLrsEndpoint {
}
