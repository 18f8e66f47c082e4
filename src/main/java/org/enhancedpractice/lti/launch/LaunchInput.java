package org.enhancedpractice.lti.launch;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Optional;
import java.util.function.Function;
import org.enhancedpractice.lti.login.LoginState;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.Registration;

/**
 * Everything one launch validation needs: the raw id_token, the consumed login state, the registration it
 * belongs to, that platform's keys, and a lookup of the registration's deployments.
 */
public record LaunchInput(String idToken, LoginState state, Registration registration,
                          JWKSource<SecurityContext> platformKeys, Function<String, Optional<Deployment>> deployments) {
}
