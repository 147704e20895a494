package org.kbbx.examples.cli;

import java.util.concurrent.Callable;
import org.kbbx.core.status.StatusMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kbbx diagram}: the status machine's transition table drawn as Mermaid or DOT (R-SM-1).
 *
 * <p>This class is not thread-safe: picocli fills its fields.
 */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = "Prints the status machine as Mermaid stateDiagram-v2 or Graphviz DOT.")
public final class DiagramCommand implements Callable<Integer> {

  /** The diagram formats. */
  enum Format {
    mermaid,
    dot
  }

  @Spec
  CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "mermaid",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  Format format;

  /** Creates the command; picocli calls this. */
  public DiagramCommand() {}

  @Override
  public Integer call() {
    StatusMachine machine = StatusMachine.national();
    String text =
        format == Format.dot ? machine.table().toDot() : machine.table().toMermaid();
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    return KbbxCommand.OK;
  }
}
