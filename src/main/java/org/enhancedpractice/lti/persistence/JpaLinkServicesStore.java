package org.enhancedpractice.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.LinkServices;

/**
 * The service endpoints the latest launch brought per link. A line item the tool found or created for a link is
 * kept with it, so the next grade for that link neither searches nor creates again.
 */
@ApplicationScoped
@Transactional
public class JpaLinkServicesStore {
    public static final String SOURCE_LAUNCH = "launch";
    public static final String SOURCE_FOUND = "found";
    public static final String SOURCE_CREATED = "created";

    @PersistenceContext(unitName = "ept") EntityManager em;
    @Inject Clock clock;

    /**
     * Own transaction, so that a clash of two first launches on one link (unique key) cannot fail a launch: the
     * caller logs and carries on, and the other launch has stored the same claims.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(LinkServices services) {
        LinkServicesEntity e = entity(services.link()).orElseGet(() -> newEntity(services.link()));
        e.resourceLinkTitle = services.resourceLinkTitle();
        e.agsScopes = String.join(" ", new TreeSet<>(services.agsScopes()));
        e.lineItemsUrl = string(services.lineItems());
        if (services.lineItem() != null) {
            e.lineItemUrl = services.lineItem().toString();
            e.lineItemSource = SOURCE_LAUNCH;
        }
        e.membershipsUrl = string(services.memberships());
        e.updatedAt = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    public Optional<LinkServices> find(CourseLink link) {
        return entity(link).map(JpaLinkServicesStore::toRecord);
    }

    /** Any link of the same context that offers the line items service: the container is per context (AGS §3.1). */
    public Optional<LinkServices> anyInContext(CourseLink link) {
        return em.createQuery("SELECT s FROM LinkServicesEntity s WHERE s.registrationId = :r AND s.deploymentId = :d"
                        + " AND s.contextId = :c AND s.lineItemsUrl IS NOT NULL ORDER BY s.updatedAt DESC",
                        LinkServicesEntity.class)
                .setParameter("r", link.registrationId().toString()).setParameter("d", link.deploymentId())
                .setParameter("c", link.contextId()).setMaxResults(1).getResultStream().findFirst()
                .map(JpaLinkServicesStore::toRecord);
    }

    /** Keeps a found or created line item for the link, unless the link already has one. */
    public void rememberLineItem(CourseLink link, URI lineItem, String source) {
        entity(link).filter(e -> e.lineItemUrl == null).ifPresent(e -> {
            e.lineItemUrl = lineItem.toString();
            e.lineItemSource = source;
        });
    }

    private Optional<LinkServicesEntity> entity(CourseLink link) {
        return em.createQuery("SELECT s FROM LinkServicesEntity s WHERE s.registrationId = :r AND s.deploymentId = :d"
                        + " AND s.contextId = :c AND s.resourceLinkId = :l", LinkServicesEntity.class)
                .setParameter("r", link.registrationId().toString()).setParameter("d", link.deploymentId())
                .setParameter("c", link.contextId()).setParameter("l", link.resourceLinkId())
                .getResultStream().findFirst();
    }

    private LinkServicesEntity newEntity(CourseLink link) {
        LinkServicesEntity e = new LinkServicesEntity();
        e.id = UUID.randomUUID().toString();
        e.registrationId = link.registrationId().toString();
        e.deploymentId = link.deploymentId();
        e.contextId = link.contextId();
        e.resourceLinkId = link.resourceLinkId();
        em.persist(e);
        return e;
    }

    private static LinkServices toRecord(LinkServicesEntity e) {
        Set<String> scopes = e.agsScopes == null || e.agsScopes.isBlank() ? Set.of()
                : Arrays.stream(e.agsScopes.split(" ")).collect(Collectors.toSet());
        return new LinkServices(new CourseLink(UUID.fromString(e.registrationId), e.deploymentId, e.contextId,
                e.resourceLinkId), e.resourceLinkTitle, scopes, uri(e.lineItemsUrl), uri(e.lineItemUrl),
                uri(e.membershipsUrl));
    }

    private static String string(URI uri) {
        return uri == null ? null : uri.toString();
    }

    private static URI uri(String text) {
        return text == null ? null : URI.create(text);
    }
}
