package org.kbbx.reporting.reconciliation;

/** Builds valid resident IDs for tests (GB 11643 check character, R-ID-1). */
public final class TestIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private TestIds() {}

  /**
   * Returns a valid ID with the given county, birth date (yyyyMMdd) and 3-digit sequence.
   *
   * @param county six digits
   * @param birth eight digits
   * @param sequence 0 to 999
   * @return the 18-character ID
   */
  public static String id(String county, String birth, int sequence) {
    String body = county + birth + String.format("%03d", sequence);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }

  /**
   * Returns a valid ID of a child born 2012-03-15 in county 522428.
   *
   * @param sequence 0 to 999
   * @return the ID
   */
  public static String child(int sequence) {
    return id("522428", "20120315", sequence);
  }

  /**
   * Returns the given valid ID with a wrong check character.
   *
   * @param valid a valid ID
   * @return an ID that fails the check
   */
  public static String withWrongCheck(String valid) {
    char check = valid.charAt(17);
    char wrong = check == '1' ? '2' : '1';
    return valid.substring(0, 17) + wrong;
  }
}
