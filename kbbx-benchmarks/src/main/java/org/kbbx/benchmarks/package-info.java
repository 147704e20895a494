/** JMH benchmarks of kbbx (not published): status → counts → county rates. */
package org.kbbx.benchmarks;
