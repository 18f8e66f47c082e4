/** JPA entities and stores of the LRS; nothing here leaves the package except plain rows. */
package org.enhancedpractice.xapi.persistence;
