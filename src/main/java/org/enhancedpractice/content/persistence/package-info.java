/** JPA entities and stores of the content capability (uploads, imported standards, cmi5 registrations and sessions). */
package org.enhancedpractice.content.persistence;
