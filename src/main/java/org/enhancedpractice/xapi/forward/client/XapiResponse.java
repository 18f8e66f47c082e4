package org.enhancedpractice.xapi.forward.client;

/** An LRS's answer: status and body text (the LRS's own message on refusals). */
public record XapiResponse(int status, String body) {
    public XapiResponse {
        body = body == null ? "" : body;
    }

    public ResponseKind kind() {
        return ResponseKind.of(status);
    }
}
