package org.kbbx.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.kbbx.examples.cli.KbbxCommand;

/**
 * The {@code kbbx} executable: {@code java -jar kbbx.jar demo}. See {@link KbbxCommand}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command and exits with its code (0 ok, 1 bad input, 2 usage).
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(KbbxCommand.execute(args, out, err));
  }
}
