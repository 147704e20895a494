/**
 * Grades, school levels and grade systems (学制) of nine-year compulsory education (R-AGE-5).
 */
package org.kbbx.core.school;
