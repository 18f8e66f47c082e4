package org.enhancedpractice.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.inject.Inject;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.PlatformDetails;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.registry.RegistrationSource;
import org.enhancedpractice.lti.registry.RegistrationStatus;

/** Registrations, deployments and tenants in the database. */
@ApplicationScoped
@Transactional
public class JpaRegistrationStore {
    @PersistenceContext(unitName = "ept") EntityManager em;
    @Inject Clock clock;

    public Optional<Registration> find(String issuer, String clientId) {
        return entity(issuer, clientId).map(RegistrationEntity::toRecord);
    }

    public Optional<Registration> find(UUID id) {
        return Optional.ofNullable(em.find(RegistrationEntity.class, id.toString())).map(RegistrationEntity::toRecord);
    }

    public List<Registration> findByIssuer(String issuer) {
        return em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.issuer = :iss", RegistrationEntity.class)
                .setParameter("iss", issuer).getResultList().stream().map(RegistrationEntity::toRecord).toList();
    }

    public List<Registration> all() {
        return em.createQuery("SELECT r FROM RegistrationEntity r ORDER BY r.createdAt", RegistrationEntity.class)
                .getResultList().stream().map(RegistrationEntity::toRecord).toList();
    }

    public Optional<Deployment> deployment(UUID registrationId, String deploymentId) {
        return em.createQuery("SELECT d FROM DeploymentEntity d WHERE d.registrationId = :r AND d.deploymentId = :d",
                        DeploymentEntity.class)
                .setParameter("r", registrationId.toString()).setParameter("d", deploymentId)
                .getResultStream().findFirst().map(this::toRecord);
    }

    public List<Deployment> deployments(UUID registrationId) {
        return em.createQuery("SELECT d FROM DeploymentEntity d WHERE d.registrationId = :r ORDER BY d.createdAt",
                        DeploymentEntity.class)
                .setParameter("r", registrationId.toString()).getResultList().stream().map(this::toRecord).toList();
    }

    /**
     * Adds the registration or updates its endpoints, and adds any deployment not yet known. A registration that is
     * already ACTIVE keeps that status; existing deployments keep their tenant and actor home page.
     */
    public Registration save(PlatformDetails details, RegistrationStatus status, RegistrationSource source,
                             boolean sharedIssuer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RegistrationEntity entity = entity(details.issuer(), details.clientId()).orElseGet(() -> {
            RegistrationEntity created = new RegistrationEntity();
            created.id = UUID.randomUUID().toString();
            created.issuer = details.issuer();
            created.clientId = details.clientId();
            created.createdAt = now;
            created.status = status.name();
            return created;
        });
        entity.name = details.name();
        entity.authorizationEndpoint = details.authorizationEndpoint().toString();
        entity.tokenEndpoint = details.tokenEndpoint() == null ? null : details.tokenEndpoint().toString();
        entity.jwksUri = details.jwksUri().toString();
        entity.source = source.name();
        entity.sharedIssuer = sharedIssuer;
        entity.productFamily = details.productFamily();
        entity.updatedAt = now;
        if (!RegistrationStatus.ACTIVE.name().equals(entity.status)) {
            entity.status = status.name();
        }
        if (!em.contains(entity)) {
            em.persist(entity);
        }
        em.flush(); // no mapped relationships, so EclipseLink cannot order the inserts itself
        for (PlatformDetails.DeploymentDetails d : details.deployments()) {
            addDeployment(entity, d, now);
        }
        return entity.toRecord();
    }

    /** Adds one deployment with its own tenant to an existing registration. */
    public Optional<Deployment> addDeployment(UUID registrationId, PlatformDetails.DeploymentDetails details) {
        RegistrationEntity registration = em.find(RegistrationEntity.class, registrationId.toString());
        if (registration == null) {
            return Optional.empty();
        }
        addDeployment(registration, details, OffsetDateTime.now(clock));
        return deployment(registrationId, details.deploymentId());
    }

    public boolean setStatus(UUID id, RegistrationStatus status) {
        RegistrationEntity entity = em.find(RegistrationEntity.class, id.toString());
        if (entity == null) {
            return false;
        }
        entity.status = status.name();
        entity.updatedAt = OffsetDateTime.now(clock);
        return true;
    }

    private void addDeployment(RegistrationEntity registration, PlatformDetails.DeploymentDetails details,
                               OffsetDateTime now) {
        if (deployment(UUID.fromString(registration.id), details.deploymentId()).isPresent()) {
            return;
        }
        TenantEntity tenant = new TenantEntity();
        tenant.id = UUID.randomUUID().toString();
        tenant.name = details.tenantName();
        tenant.createdAt = now;
        em.persist(tenant);
        em.flush();
        DeploymentEntity deployment = new DeploymentEntity();
        deployment.id = UUID.randomUUID().toString();
        deployment.registrationId = registration.id;
        deployment.deploymentId = details.deploymentId();
        deployment.tenantId = tenant.id;
        deployment.actorHomePage = ActorHomePage.of(registration.issuer, registration.clientId, details.deploymentId(),
                registration.sharedIssuer);
        deployment.createdAt = now;
        em.persist(deployment);
    }

    private Optional<RegistrationEntity> entity(String issuer, String clientId) {
        return em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.issuer = :iss AND r.clientId = :cid",
                        RegistrationEntity.class)
                .setParameter("iss", issuer).setParameter("cid", clientId).getResultStream().findFirst();
    }

    private Deployment toRecord(DeploymentEntity d) {
        TenantEntity tenant = em.find(TenantEntity.class, d.tenantId);
        return new Deployment(UUID.fromString(d.registrationId), d.deploymentId, UUID.fromString(d.tenantId),
                tenant == null ? "" : tenant.name, d.actorHomePage);
    }
}
