package org.enhancedpractice.xapi.forward;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import org.enhancedpractice.xapi.forward.client.ResponseKind;
import org.enhancedpractice.xapi.forward.client.XapiClient;
import org.enhancedpractice.xapi.forward.client.XapiResponse;

/**
 * After a 409 for one statement: reads the statement the LRS holds under that id (by statementId, else by
 * voidedStatementId, Part 3 §2.1.3) and compares it with ours, ignoring what each LRS sets itself (stored, authority,
 * version: Part 2 §2.4.8–2.4.10). The same statement means it was delivered before (Part 3 §2.1.1 lets an LRS answer
 * an identical re-post with 409); a different one is a permanent conflict.
 */
final class ConflictCheck {
    private final XapiClient client;

    ConflictCheck(XapiClient client) {
        this.client = client;
    }

    Outcome outcome(Outgoing statement, XapiResponse conflict) {
        try {
            XapiResponse held = client.getStatement(statement.version(), statement.statementId(), false);
            if (held.status() == 404) {
                held = client.getStatement(statement.version(), statement.statementId(), true);
            }
            if (held.kind() == ResponseKind.RETRY && held.status() != 404) {
                return Outcome.retry(held.status(), held.body());
            }
            if (held.kind() != ResponseKind.ACCEPTED) {
                return Outcome.failed(conflict.status(), "409 (" + conflict.body() + "); the statement the LRS holds "
                        + "could not be read to compare: " + held.status() + " " + held.body());
            }
            return same(statement.statement(), held.body()) ? Outcome.delivered(conflict.status())
                    : Outcome.failed(conflict.status(), "The LRS holds a different statement with this id: "
                    + conflict.body());
        } catch (IOException e) {
            return Outcome.retry(null, ForwardDelivery.unreachable(e));
        }
    }

    static boolean same(JsonObject ours, String theirs) {
        try {
            JsonObject held = JSON.createReader(new StringReader(theirs)).readObject();
            return comparable(ours).equals(comparable(held));
        } catch (JsonException | IllegalStateException e) {
            return false;
        }
    }

    private static JsonObject comparable(JsonObject statement) {
        return JSON.createObjectBuilder(statement).remove("stored").remove("authority").remove("version").build();
    }
}
