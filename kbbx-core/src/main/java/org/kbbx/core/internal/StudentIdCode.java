package org.kbbx.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.kbbx.core.id.StudentId;

/**
 * A student id's text packed exactly into one {@code long}, for kbbx's own hash tables: two ids
 * that both have a code are equal exactly when their codes are, so a table that keeps the code
 * beside its slot finds a student without reading the id it holds (a cache miss per lookup in a
 * county of a million). Machinery, not API: the code is the full key, so it never leaves kbbx.
 *
 * <p>Two shapes have a code, every other text has {@link #NONE} and is compared as text:
 *
 * <ul>
 *   <li>up to 9 characters, each from U+0001 to U+007F (a school's own numbers such as {@code
 *       S2019042}): 7 bits a character, the top bit 0;
 *   <li>a resident ID's shape, 17 digits and a digit or {@code X}, alone or after {@code G},
 *       {@code L} or {@code J} (the 学籍号 of R-ID-4): the top bit 1, the prefix in the next
 *       three bits and the 18 characters as one number in the low 60. The check character is not
 *       checked here: a text only has to have the shape.
 * </ul>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StudentIdCode {

  /** The code of a text that has none: such ids compare their texts. */
  public static final long NONE = -1L;

  private static final VarHandle CODE;

  static {
    try {
      CODE = MethodHandles.privateLookupIn(StudentId.class, MethodHandles.lookup())
          .findVarHandle(StudentId.class, "code", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private StudentIdCode() {}

  /**
   * Returns the code an id computed when it was made ({@code StudentId} packs its text once, and
   * holds the code in a private field this reads).
   *
   * @param studentId the id, not null
   * @return its code, or {@link #NONE}
   */
  public static long of(StudentId studentId) {
    return (long) CODE.get(studentId);
  }
}
