/** JPA entities and stores for the LTI capability; nothing here leaves the package except domain records. */
package org.enhancedpractice.lti.persistence;
