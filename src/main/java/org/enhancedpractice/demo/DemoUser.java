package org.enhancedpractice.demo;

import java.util.List;
import java.util.Optional;

/** The demo course's people; login_hint carries the id. */
public record DemoUser(String id, String givenName, String familyName, String role, String description) {
    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final List<DemoUser> ALL = List.of(
            new DemoUser("demo-learner-alex", "Alex", "Morgan", MEMBERSHIP + "Learner",
                    "learner, a physiotherapist on the apprenticeship"),
            new DemoUser("demo-tutor-sam", "Sam", "Patel", MEMBERSHIP + "Instructor", "tutor at the university"),
            new DemoUser("demo-mentor-jo", "Jo", "Evans", MEMBERSHIP + "Mentor", "workplace mentor"));

    static Optional<DemoUser> find(String id) {
        return ALL.stream().filter(u -> u.id.equals(id)).findFirst();
    }

    String name() {
        return givenName + " " + familyName;
    }
}
