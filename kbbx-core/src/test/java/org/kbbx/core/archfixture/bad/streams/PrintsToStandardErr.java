package org.kbbx.core.archfixture.bad.streams;

/** Deliberately bad: prints errors. */
public class PrintsToStandardErr {
  public void report(String text) {
    System.err.println(text);
  }
}
