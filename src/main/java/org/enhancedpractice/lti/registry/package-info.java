/**
 * The platform registry: a registration is (issuer, client_id) with the platform's endpoints; deployments
 * (deployment_id) sit under it and each maps to a tenant. LTI Core 1.3 §3.1.3: a deployment id is only unique
 * within its registration, so it is never a key on its own.
 */
package org.enhancedpractice.lti.registry;
