package org.kbbx.core.person;

/** A person's sex as recorded (and as encoded in a resident ID's sequence digit, R-ID-1). */
public enum Sex {
  /** 男. Odd sequence digit in a resident ID. */
  MALE("男"),
  /** 女. Even sequence digit in a resident ID. */
  FEMALE("女");

  private final String chineseLabel;

  Sex(String chineseLabel) {
    this.chineseLabel = chineseLabel;
  }

  /** Returns the Chinese label. */
  public String chineseLabel() {
    return chineseLabel;
  }
}
