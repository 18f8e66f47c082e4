package org.enhancedpractice.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.enhancedpractice.lti.persistence.JpaLinkServicesStore;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.LineItems;
import org.enhancedpractice.lti.services.LinkServices;
import org.enhancedpractice.lti.services.Result;
import org.enhancedpractice.platform.Problem;

/** What the VLE's gradebook holds for a link's own line item (AGS 2.0 §3.3), read from the platform. */
@ApplicationScoped
public class GradeResults {
    @Inject JpaLinkServicesStore links;
    @Inject PlatformRegistry registry;
    @Inject LineItems lineItems;

    /** @param userId one user's result, or null for all */
    public List<Result> forLink(CourseLink link, String userId) {
        LinkServices services = links.find(link).filter(s -> s.lineItem() != null).orElseThrow(() -> new Problem(404,
                "grade_no_lineitem", "No gradebook column yet", "The link has no line item yet: the launch named "
                + "none and no grade has been sent for it."));
        Registration registration = registry.find(link.registrationId()).filter(Registration::isActive)
                .orElseThrow(() -> new Problem(403, "registration_not_active", "Not available",
                        "The VLE's registration is not active."));
        return lineItems.results(registration, services.tokenScopes(), services.lineItem(), userId);
    }
}
