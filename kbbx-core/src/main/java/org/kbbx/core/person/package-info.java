/** Facts about a child that the rules read: sex and priority-group membership (R-GRP-1). */
package org.kbbx.core.person;
