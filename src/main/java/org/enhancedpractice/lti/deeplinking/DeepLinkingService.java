package org.enhancedpractice.lti.deeplinking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enhancedpractice.content.catalogue.ContentCatalogue;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.lti.keys.ToolKeys;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.platform.ToolSettings;

/**
 * Turns a tutor's selection into a signed LtiDeepLinkingResponse: whole modules or single units of the catalogue,
 * each with a line item (score out of 100) when the platform accepts them. Enforces accept_types and accept_multiple
 * (Deep Linking 2.0 §4.4.1); an empty selection or a cancel is a valid response with no items.
 */
@ApplicationScoped
public class DeepLinkingService {
    public static final BigDecimal SCORE_MAXIMUM = BigDecimal.valueOf(100);

    /** One chosen item: a package key, and the AU's publisher id for a single unit (null: the whole module). */
    public record Selection(String moduleKey, String unitId) {
    }

    /** Where the browser posts the response, and the signed JWT to post in the field named JWT. */
    public record SignedResponse(String returnUrl, String jwt, int items) {
    }

    @Inject ContentCatalogue catalogue;
    @Inject PlatformRegistry registry;
    @Inject ToolKeys keys;
    @Inject ToolSettings settings;
    @Inject Clock clock;

    public SignedResponse respond(UUID registrationId, String deploymentId, DeepLinkingSettings dl,
                                  List<Selection> selection, boolean cancelled) {
        Registration registration = registry.find(registrationId).orElseThrow(() -> new Problem(409,
                "deep_linking_registration_gone", "Registration no longer exists",
                "The platform's registration was removed; launch again from the course."));
        List<ContentItem> items = cancelled ? List.of() : items(dl, selection);
        String message = cancelled ? "Nothing was added." : items.size() + " item(s) added from the Enhanced Practice Tool.";
        String jwt = DeepLinkingResponse.sign(keys.signingKey(), new DeepLinkingResponse.Addressing(
                registration.clientId(), registration.issuer(), deploymentId, settings.url("/lti/launch").toString()),
                dl, items, message, clock.instant());
        return new SignedResponse(dl.returnUrl(), jwt, items.size());
    }

    List<ContentItem> items(DeepLinkingSettings dl, List<Selection> selection) {
        if (selection.isEmpty()) {
            return List.of();
        }
        if (!dl.acceptsResourceLinks()) {
            throw new Problem(400, "deep_linking_type_not_accepted", "The course does not accept tool links",
                    "The platform accepts " + dl.acceptTypes() + ", not ltiResourceLink, in this place.");
        }
        if (selection.size() > 1 && !dl.acceptMultiple()) {
            throw new Problem(400, "deep_linking_single_item", "Choose one item",
                    "The platform accepts one item here; you chose " + selection.size() + ".");
        }
        List<ContentItem> items = new ArrayList<>();
        for (Selection s : selection) {
            items.add(item(s));
        }
        return items;
    }

    private ContentItem item(Selection s) {
        ContentPackage p = catalogue.current().packages().get(s.moduleKey());
        if (p == null) {
            throw new Problem(400, "deep_linking_unknown_module", "Unknown module",
                    "There is no module '" + s.moduleKey() + "' in the catalogue.");
        }
        String title = p.course().title().best();
        if (s.unitId() == null) {
            return new ContentItem(title, p.course().description().best(), p.course().id(), null,
                    new ContentItem.LineItem(title, SCORE_MAXIMUM, p.key(), "module-completion"));
        }
        List<AssignableUnit> units = p.course().units().toList();
        int index = units.stream().map(AssignableUnit::id).toList().indexOf(s.unitId());
        if (index < 0) {
            throw new Problem(400, "deep_linking_unknown_unit", "Unknown unit",
                    "Module '" + s.moduleKey() + "' has no unit '" + s.unitId() + "'.");
        }
        AssignableUnit au = units.get(index);
        String unitTitle = au.title().best() + " (" + title + ")";
        String tag = "score".equals(au.unit().gradeSend()) ? "unit-score" : "unit-completion";
        return new ContentItem(unitTitle, au.description().best(), p.course().id(), au.id(),
                new ContentItem.LineItem(unitTitle, SCORE_MAXIMUM, p.key() + "/unit-" + (index + 1), tag));
    }
}
