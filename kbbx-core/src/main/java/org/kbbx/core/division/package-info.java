/**
 * Statistical division codes (统计用区划代码) and the roll-up from village to province (R-DIV-1).
 */
package org.kbbx.core.division;
