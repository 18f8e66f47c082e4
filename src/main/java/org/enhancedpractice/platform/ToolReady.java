package org.enhancedpractice.platform;

/** Fired once at start-up after configuration was checked and the schema migrated; capabilities initialise on it. */
public record ToolReady() {
}
