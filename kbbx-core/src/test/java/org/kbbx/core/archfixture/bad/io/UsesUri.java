package org.kbbx.core.archfixture.bad.io;

import java.net.URI;

/** Deliberately bad: uses java.net. */
public class UsesUri {
  public String host(String text) {
    return URI.create(text).getHost();
  }
}
