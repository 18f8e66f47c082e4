/**
 * A load client that plays an LTI 1.3 platform against a running tool and times full launches: OIDC login
 * initiation (Security Framework 1.0 §5.1.1), the platform's authentication response signed in-process
 * (§5.1.1.3, without the browser hop to an authorization endpoint) and the form-posted launch (§5.1.3) up to the
 * tool's landing page. Only loopback addresses are accepted as targets.
 */
package org.enhancedpractice.bench;
