package org.kbbx.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kbbx.core.validation.Violation;
import org.kbbx.examples.scenario.ScenarioEvaluator;
import org.kbbx.rules.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kbbx evaluate FILE|-}: reads a scenario JSON and writes the result JSON (the contract
 * vendors in any language drive kbbx with).
 *
 * <p>This class is not thread-safe: picocli fills its fields.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates a scenario JSON (FILE, or - for standard input), prints the result.",
      "Input: profile, asOf, calendar, students, absences, events.",
      "Output: asOf, profile, students (state, record, since, absenceStreak,",
      "history), alerts, cases, rejected, rates. A bad scenario prints every",
      "problem with its JSON path on standard error (exit 1), nothing on stdout."
    })
public final class EvaluateCommand implements Callable<Integer> {

  /** Standard input or a FILE is read in full, up to this many bytes; a larger one is bad input. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE|-", description = "The scenario file, or - for standard input.")
  String file;

  /** Creates the command; picocli calls this. */
  public EvaluateCommand() {}

  @Override
  public Integer call() {
    String json = read();
    var result = ScenarioEvaluator.with(Profiles.builtIn()).evaluate(json);
    if (result.isInvalid()) {
      List<String> problems = new ArrayList<>();
      for (Violation v : result.getError()) {
        problems.add(v.path() + ": " + v.message());
      }
      throw new BadInputException(problems);
    }
    spec.commandLine().getOut().println(Json.text(result.get()));
    return KbbxCommand.OK;
  }

  private String read() {
    byte[] bytes;
    try {
      if ("-".equals(file)) {
        bytes = System.in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new BadInputException("standard input is larger than " + MAX_BYTES + " bytes");
        }
      } else {
        // Capped like standard input: a FILE may be a device or a pipe that never ends.
        try (InputStream in = Files.newInputStream(Path.of(file))) {
          bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
          throw new BadInputException(file + " is larger than " + MAX_BYTES + " bytes");
        }
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file: " + file);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage());
    }
    return utf8(bytes, "-".equals(file) ? "standard input" : file);
  }

  /** Decodes strictly: invalid UTF-8 is an error naming the byte offset, never U+FFFD. */
  static String utf8(byte[] bytes, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(source + " is not valid UTF-8 (near byte " + in.position() + ")");
    }
  }
}
