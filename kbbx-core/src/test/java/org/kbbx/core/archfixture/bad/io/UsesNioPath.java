package org.kbbx.core.archfixture.bad.io;

import java.nio.file.Path;

/** Deliberately bad: uses java.nio.file. */
public class UsesNioPath {
  public String name(String text) {
    return Path.of(text).getFileName().toString();
  }
}
