package org.enhancedpractice.xapi.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.enhancedpractice.xapi.auth.LrsResource;

/** Names the resource an LRS endpoint is, so {@link LrsRequestFilter} applies its scopes (xAPI 1.0.3 Part 3 §4.2). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ScopedAs {
    LrsResource value();
}
