package org.kbbx.benchmarks.peers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} options of the benchmarks' command-line drivers. */
final class DriverOptions {

  private DriverOptions() {}

  /**
   * Reads options given as {@code --name value} pairs; a later value of a name replaces an
   * earlier one.
   *
   * @param args the command line
   * @param known the names accepted
   * @return each name given, with its value, in the order given
   * @throws IllegalArgumentException for a name not known, or one without a value
   */
  static Map<String, String> parse(String[] args, List<String> known) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i]) || i + 1 == args.length) {
        throw new IllegalArgumentException(
            "Invalid option " + args[i] + ": expected one of " + known + " with a value");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
