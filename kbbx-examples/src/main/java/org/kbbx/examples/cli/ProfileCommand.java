package org.kbbx.examples.cli;

import java.util.concurrent.Callable;
import org.kbbx.json.profile.ProfileJson;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kbbx profile ID}: one profile resolved along its parent chain (R-PROF-1), as JSON.
 *
 * <p>This class is not thread-safe: picocli fills its fields.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Prints one profile resolved along its parent chain, as JSON.",
      "Every setting has its value, the profile it comes from (\"from\") and its source",
      "text (R-PROF-1); settings that carry self-tests (duties, organisation) print",
      "their examples with them, and \"examples\" and \"accountabilityExamples\" hold the",
      "profile's own absence and accountability examples (R-PROF-3)."
    })
public final class ProfileCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(
      paramLabel = "ID",
      description = "Profile id, e.g. XX_COUNTY_2023; see `kbbx profiles`.")
  String id;

  /** Creates the command; picocli calls this. */
  public ProfileCommand() {}

  @Override
  public Integer call() {
    Profiles profiles = Profiles.builtIn();
    EffectiveProfile effective = profiles
        .effective(id)
        .getOrElseThrow(r -> new BadInputException("Unknown profile \"" + id + "\" (" + r.code()
            + "; known: " + profiles.ids().mkString(", ") + ")"));
    spec.commandLine().getOut().println(ProfileJson.create().writeResolved(effective));
    return KbbxCommand.OK;
  }
}
