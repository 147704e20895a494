package org.kbbx.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.kbbx.rules.profile.JurisdictionProfile;
import org.kbbx.rules.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kbbx profiles}: the built-in jurisdiction profiles (R-PROF-4), as JSON.
 *
 * <p>This class is not thread-safe: picocli fills its fields.
 */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description = "Lists the built-in profiles (id, parent, name, validity) as JSON.")
public final class ProfilesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public ProfilesCommand() {}

  @Override
  public Integer call() {
    Profiles profiles = Profiles.builtIn();
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (String id : profiles.ids()) {
      JurisdictionProfile p = profiles.get(id).get();
      ObjectNode row = list.addObject();
      row.put("id", p.id());
      row.put("parent", p.parent().orElse(null));
      row.put("name", p.name());
      row.put("validFrom", p.validFrom().toString());
      row.put("validTo", p.validTo().map(Object::toString).orElse(null));
      row.put("source", p.document().document());
    }
    spec.commandLine().getOut().println(Json.text(list));
    return KbbxCommand.OK;
  }
}
