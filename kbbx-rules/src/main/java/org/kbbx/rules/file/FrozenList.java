package org.kbbx.rules.file;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over the first {@code size} elements of an array that no one writes to
 * any more: a county day hands the arrays it filled to its {@link CountyDay} without copying them
 * (tens of thousands of inputs and alerts a day). The records that hold one keep it as it is
 * instead of copying it ({@link #copyOf}); nothing outside this package can make one.
 *
 * @param <E> the element type
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

  private final Object[] elements;
  private final int size;

  private FrozenList(Object[] elements, int size) {
    this.elements = elements;
    this.size = size;
  }

  /**
   * Returns a list over the first {@code size} elements, none of them null; the caller gives up
   * the array.
   */
  static <E> List<E> over(Object[] elements, int size) {
    return size == 0 ? List.of() : new FrozenList<>(elements, size);
  }

  /** Returns the list itself when it is a frozen list, else an unmodifiable copy. */
  static <E> List<E> copyOf(List<E> list) {
    return list instanceof FrozenList<?> ? list : List.copyOf(list);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
    return (E) elements[index];
  }

  @Override
  public int size() {
    return size;
  }
}
