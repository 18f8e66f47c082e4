package org.enhancedpractice.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.persistence.JpaLinkServicesStore;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.services.LineItem;
import org.enhancedpractice.lti.services.LineItemQuery;
import org.enhancedpractice.lti.services.LineItems;
import org.enhancedpractice.lti.services.LinkServices;
import org.enhancedpractice.lti.services.ServiceCallFailed;

/**
 * Finds the line item a grade goes to (AGS 2.0 §3.2): the launch's own {@code lineitem} when the grade is for the
 * link's item, else a search of the context's container by {@code resource_link_id}, {@code resource_id} and
 * {@code tag}, else a new item when the platform granted the {@code lineitem} scope. Moodle's "grade sync only"
 * grants no such scope, so there the launch's item is the only way.
 */
@ApplicationScoped
public class LineItemResolver {
    static final String DEFAULT_LABEL = "Enhanced practice";
    static final double DEFAULT_MAXIMUM = 100;

    @Inject LineItems lineItems;
    @Inject JpaLinkServicesStore links;

    /** @param services the grade's link's services, or another link's of the same context when it has none */
    public URI resolve(Registration registration, LinkServices services, GradeRequest request) {
        LineItemChoice choice = request.lineItem();
        boolean ownLink = choice.isTheLinksOwn() && services.link().equals(request.link());
        if (ownLink && services.lineItem() != null) {
            return services.lineItem();
        }
        if (services.lineItems() == null) {
            throw new ServiceCallFailed("grade_no_lineitems_service", "The launches of this link did not offer the "
                    + "line items service (AGS endpoint claim without lineitems): switch on grade sync for the tool.",
                    true);
        }
        LineItemQuery query = new LineItemQuery(request.link().resourceLinkId(), choice.resourceId(), choice.tag());
        List<LineItem> found = lineItems.find(registration, services.tokenScopes(), services.lineItems(), query);
        if (!found.isEmpty()) {
            return remember(ownLink, services, found.get(0).id(), JpaLinkServicesStore.SOURCE_FOUND);
        }
        if (!services.agsScopes().isEmpty() && !services.agsScopes().contains(LtiClaims.SCOPE_AGS_LINEITEM)) {
            throw new ServiceCallFailed("grade_no_lineitem", "The link has no line item and the platform does not let "
                    + "the tool create one (scope lineitem not offered): add a gradebook column for it.", true);
        }
        LineItem created = lineItems.create(registration, services.tokenScopes(), services.lineItems(),
                new LineItem(null, label(services, choice), maximum(request), emptyToNull(request.link().resourceLinkId()),
                        choice.resourceId(), choice.tag()));
        return remember(ownLink, services, created.id(), JpaLinkServicesStore.SOURCE_CREATED);
    }

    /** A link's own item is kept with the link, so its next grades go straight to it. */
    private URI remember(boolean ownLink, LinkServices services, URI lineItem, String source) {
        if (ownLink) {
            links.rememberLineItem(services.link(), lineItem, source);
        }
        return lineItem;
    }

    private static String label(LinkServices services, LineItemChoice choice) {
        if (choice.label() != null && !choice.label().isBlank()) {
            return choice.label();
        }
        String title = services.resourceLinkTitle();
        return title == null || title.isBlank() ? DEFAULT_LABEL : title;
    }

    private static double maximum(GradeRequest request) {
        return request.scoreMaximum() != null ? request.scoreMaximum() : DEFAULT_MAXIMUM;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
