package org.kbbx.core.archfixture.bad.io;

import java.io.File;

/** Deliberately bad: uses java.io.File. */
public class ReadsAFile {
  public boolean exists(String name) {
    return new File(name).exists();
  }
}
