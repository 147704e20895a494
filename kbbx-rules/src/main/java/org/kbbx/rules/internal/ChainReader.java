package org.kbbx.rules.internal;

/** Reads a county file's chained items: the immutable {@link ChainLog} or its builder. */
public interface ChainReader {
  /**
   * Returns the item at a position.
   *
   * @param at the position
   * @return the item
   */
  Object item(int at);

  /**
   * Returns the link of the item at a position: the position of the same chain's previous item.
   *
   * @param at the position
   * @return the link
   */
  int link(int at);
}
