/**
 * Pages people see and their JSON endpoints. After a valid launch every page works without cookies: the launch
 * page carries a short-lived signed session token (HS256, secret shared by all instances through the database)
 * that scripts keep in memory and send as a bearer header.
 */
package org.enhancedpractice.web;
