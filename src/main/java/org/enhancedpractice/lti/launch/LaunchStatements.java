package org.enhancedpractice.lti.launch;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.statement.NewStatement;
import org.enhancedpractice.xapi.statement.StatementStore;

/**
 * The xAPI record of a launch: actor = the LTI account (homePage from the deployment, name = sub; never an
 * email), verb launched, object = the resource link as an activity, context = the course and the platform.
 */
@ApplicationScoped
public class LaunchStatements {
    @Inject StatementStore statements;
    @Inject ToolSettings settings;

    public UUID recordLaunched(LtiLaunch launch) {
        return statements.store(new NewStatement(launch.deployment().tenantId(), statement(launch)));
    }

    JsonObject statement(LtiLaunch launch) {
        String deploymentBase = activityBase(launch);
        JsonObjectBuilder object = JSON.createObjectBuilder().add("objectType", "Activity");
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", Xapi.ACTIVITY_TYPE_LINK);
        if (launch.resourceLink() != null) {
            object.add("id", deploymentBase + "/resource-links/" + encode(launch.resourceLink().id()));
            if (launch.resourceLink().title() != null) {
                definition.add("name", JSON.createObjectBuilder().add("en", launch.resourceLink().title()));
            }
        } else {
            object.add("id", deploymentBase + "/deep-linking");
        }
        object.add("definition", definition);
        return JSON.createObjectBuilder()
                .add("actor", JSON.createObjectBuilder().add("objectType", "Agent").add("account",
                        JSON.createObjectBuilder().add("homePage", launch.deployment().actorHomePage())
                                .add("name", launch.subject())))
                .add("verb", JSON.createObjectBuilder().add("id", Xapi.VERB_LAUNCHED)
                        .add("display", JSON.createObjectBuilder().add("en", "launched")))
                .add("object", object)
                .add("context", context(launch, deploymentBase))
                .build();
    }

    private JsonObjectBuilder context(LtiLaunch launch, String deploymentBase) {
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        launch.roles().uris().forEach(roles::add);
        JsonObjectBuilder context = JSON.createObjectBuilder()
                .add("platform", launch.platformName())
                .add("extensions", JSON.createObjectBuilder()
                        .add(Xapi.EXTENSION_LTI_MESSAGE_TYPE, launch.messageType())
                        .add(Xapi.EXTENSION_LTI_ROLES, roles));
        if (launch.context() != null) {
            JsonObjectBuilder course = JSON.createObjectBuilder().add("objectType", "Activity")
                    .add("id", deploymentBase + "/contexts/" + encode(launch.context().id()));
            JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", Xapi.ACTIVITY_TYPE_COURSE);
            String title = launch.context().title() != null ? launch.context().title() : launch.context().label();
            if (title != null) {
                definition.add("name", JSON.createObjectBuilder().add("en", title));
            }
            course.add("definition", definition);
            context.add("contextActivities", JSON.createObjectBuilder()
                    .add("grouping", JSON.createArrayBuilder().add(course)));
        }
        return context;
    }

    /** Activity IRIs are the tool's own, one namespace per deployment, so two platforms' ids never collide. */
    private String activityBase(LtiLaunch launch) {
        return settings.baseUrl() + "/activities/lti/" + launch.registration().id() + "/"
                + encode(launch.deployment().deploymentId());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
