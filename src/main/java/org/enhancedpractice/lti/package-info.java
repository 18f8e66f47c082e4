/**
 * The LTI 1.3 tool side, a thin layer of our own over Nimbus JOSE+JWT: platform registry (LTI Core 1.3 §3),
 * static platform files, Dynamic Registration 1.0, OIDC third-party initiated login and launch validation
 * (1EdTech Security Framework 1.0 §5.1), and the tool's keys and JWKS (§6).
 */
package org.enhancedpractice.lti;
