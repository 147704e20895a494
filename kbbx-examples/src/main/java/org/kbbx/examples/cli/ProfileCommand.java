package org.kbbx.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.JurisdictionProfile;
import org.kbbx.rules.profile.Profiles;
import org.kbbx.rules.profile.json.ProfileJson;
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
      "text (R-PROF-1)."
    })
public final class ProfileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Profile id, e.g. XX_COUNTY_2023; see `kbbx profiles`.")
  String id;

  /** Creates the command; picocli calls this. */
  public ProfileCommand() {}

  @Override
  public Integer call() {
    Profiles profiles = Profiles.builtIn();
    EffectiveProfile effective = profiles.effective(id).getOrElseThrow(r -> new BadInputException(
        "Unknown profile \"" + id + "\" (" + r.code() + "; known: "
            + profiles.ids().mkString(", ") + ")"));
    spec.commandLine().getOut().println(Json.text(resolved(profiles, effective)));
    return KbbxCommand.OK;
  }

  /**
   * Writes the resolved profile: each profile of the chain through the library's profile JSON,
   * the settings of nearer profiles overriding those of farther ones.
   */
  static ObjectNode resolved(Profiles profiles, EffectiveProfile effective) {
    ProfileJson json = ProfileJson.create();
    List<String> chain = effective.chain();
    JurisdictionProfile leaf = profiles.get(effective.id()).get();
    JsonNode leafNode = Json.parse(json.write(leaf));
    ObjectNode out = Json.object();
    out.put("id", effective.id());
    out.put("name", leaf.name());
    out.set("chain", Json.MAPPER.valueToTree(chain));
    out.put("validFrom", effective.validFrom().toString());
    out.put("validTo", effective.validTo().map(Object::toString).orElse(null));
    out.set("document", leafNode.get("document"));
    ObjectNode settings = out.putObject("settings");
    for (int i = chain.size() - 1; i >= 0; i--) {
      String from = chain.get(i);
      JsonNode node = Json.parse(json.write(profiles.get(from).get())).get("settings");
      if (node == null) {
        continue;
      }
      for (Map.Entry<String, JsonNode> setting : node.properties()) {
        ObjectNode value = setting.getValue().deepCopy();
        value.put("from", from);
        settings.set(setting.getKey(), value);
      }
    }
    if (leafNode.has("examples")) {
      out.set("examples", leafNode.get("examples"));
    }
    return out;
  }
}
