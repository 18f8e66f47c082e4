package org.enhancedpractice.content.standard;

/** A catalogue file or CSV that does not follow the format; the message names the place and the reason. */
public class StandardFormatException extends Exception {
    public StandardFormatException(String message) {
        super(message);
    }
}
