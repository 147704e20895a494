package org.kbbx.core.archfixture.bad.streams;

/** Deliberately bad: prints. */
public class PrintsToStandardOut {
  public void report(String text) {
    System.out.println(text);
  }
}
