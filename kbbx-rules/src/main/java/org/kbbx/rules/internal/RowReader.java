package org.kbbx.rules.internal;

/** Reads a county file's rows: the immutable {@link StudentColumns} or its builder. */
public interface RowReader {
  /**
   * Returns an int field of a row.
   *
   * @param row the row
   * @param field the field
   * @return the value
   */
  int intAt(int row, int field);

  /**
   * Returns a row's object.
   *
   * @param row the row
   * @return the object
   */
  Object objectAt(int row);
}
