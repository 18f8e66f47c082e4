package org.enhancedpractice.xapi.forward;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enhancedpractice.xapi.forward.client.AttachmentPart;
import org.enhancedpractice.xapi.forward.client.ResponseKind;
import org.enhancedpractice.xapi.forward.client.XapiClient;
import org.enhancedpractice.xapi.forward.client.XapiResponse;

/**
 * Sends one claimed round of statements and says what became of each, in order. Statements go as few POSTs as
 * possible (one per run of statements of the same xAPI version, Part 3 §6.2). A POST is all or nothing
 * (Part 3 §2.1.2), so when the LRS refuses a batch of several (a 4xx or a 409) the statements are sent one by one
 * with PUT (§2.1.1) to learn which one it refuses. Once something must be retried, nothing after it in the round is
 * sent ({@link Outcome.Kind#DEFERRED}), so no statement overtakes an earlier one of its actor.
 */
public final class ForwardDelivery {
    private final XapiClient client;

    public ForwardDelivery(XapiClient client) {
        this.client = client;
    }

    /** @return the outcome per statement id, in the order given */
    public Map<UUID, Outcome> deliver(List<Outgoing> round) {
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        for (List<Outgoing> run : runsByVersion(round)) {
            if (mustStop(outcomes)) {
                run.forEach(s -> outcomes.put(s.statementId(), Outcome.deferred()));
            } else {
                outcomes.putAll(post(run));
            }
        }
        return outcomes;
    }

    static List<List<Outgoing>> runsByVersion(List<Outgoing> round) {
        List<List<Outgoing>> runs = new ArrayList<>();
        for (Outgoing statement : round) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).version().equals(statement.version())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(statement);
        }
        return runs;
    }

    private Map<UUID, Outcome> post(List<Outgoing> run) {
        XapiResponse response;
        try {
            response = client.postStatements(run.get(0).version(),
                    run.stream().map(s -> s.statement().toString()).toList(), distinctParts(run));
        } catch (IOException e) {
            return all(run, Outcome.retry(null, unreachable(e)));
        }
        return switch (response.kind()) {
            case ACCEPTED -> all(run, Outcome.delivered(response.status()));
            case RETRY -> all(run, Outcome.retry(response.status(), response.body()));
            case CONFLICT, REJECTED -> run.size() == 1
                    ? Map.of(run.get(0).statementId(), single(run.get(0), response))
                    : oneByOne(run);
        };
    }

    private Map<UUID, Outcome> oneByOne(List<Outgoing> run) {
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        for (Outgoing statement : run) {
            outcomes.put(statement.statementId(), mustStop(outcomes) ? Outcome.deferred() : put(statement));
        }
        return outcomes;
    }

    private Outcome put(Outgoing statement) {
        try {
            XapiResponse response = client.putStatement(statement.version(), statement.statementId(),
                    statement.statement().toString(), statement.parts());
            return response.kind() == ResponseKind.ACCEPTED ? Outcome.delivered(response.status())
                    : response.kind() == ResponseKind.RETRY ? Outcome.retry(response.status(), response.body())
                    : single(statement, response);
        } catch (IOException e) {
            return Outcome.retry(null, unreachable(e));
        }
    }

    /** A refusal of this one statement: a 409 may still mean the LRS holds exactly this statement. */
    private Outcome single(Outgoing statement, XapiResponse response) {
        if (response.kind() == ResponseKind.CONFLICT) {
            return new ConflictCheck(client).outcome(statement, response);
        }
        return Outcome.failed(response.status(), response.body());
    }

    private static boolean mustStop(Map<UUID, Outcome> outcomes) {
        return outcomes.values().stream().anyMatch(o -> o.kind() == Outcome.Kind.RETRY || o.kind() == Outcome.Kind.DEFERRED);
    }

    private static Map<UUID, Outcome> all(List<Outgoing> run, Outcome outcome) {
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        run.forEach(s -> outcomes.put(s.statementId(), outcome));
        return outcomes;
    }

    private static List<AttachmentPart> distinctParts(List<Outgoing> run) {
        Map<String, AttachmentPart> parts = new LinkedHashMap<>();
        run.forEach(s -> s.parts().forEach(p -> parts.putIfAbsent(p.sha2(), p)));
        return List.copyOf(parts.values());
    }

    static String unreachable(IOException e) {
        return "LRS not reachable: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
