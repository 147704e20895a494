package org.kbbx.examples.path;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kbbx.core.validation.Violation;
import org.kbbx.json.profile.ProfileJson;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.Profiles;

/**
 * Example 8 — a county writes its own profile in JSON, without Java (R-PROF-1, R-PROF-2).
 *
 * <p>"Example county" tightens the national rule: a student is suspected when her absence
 * reaches 3 school days. It names NATIONAL as its parent and inherits everything else. A second
 * draft with typos is refused whole, with every problem and its path.
 */
public final class Ex08CountyWritesOwnProfileJson {

  /** The county's profile, as its staff would write it. */
  static final String PROFILE = """
      {
        "id": "EXAMPLE_COUNTY_2025",
        "name": "示例县2025年控辍保学工作方案",
        "parent": "NATIONAL",
        "validFrom": "2025-01-01",
        "document": {"document": "example-county-2025.pdf", "section": "全文"},
        "settings": {
          "suspected": {
            "value": {"schoolDays": 3, "comparison": "REACHES", "actions": []},
            "source": {"document": "example-county-2025.pdf", "section": "三(二) 连续3天"}
          }
        }
      }
      """;

  /** A draft with a negative threshold, a misspelt field and a parent that does not exist. */
  static final String DRAFT = """
      {
        "id": "EXAMPLE_COUNTY_2025",
        "name": "示例县2025年控辍保学工作方案",
        "parent": "NATIONL",
        "validFrom": "2025-01-01",
        "document": {"document": "example-county-2025.pdf", "section": "全文"},
        "settings": {
          "suspected": {
            "value": {"schoolDays": -3, "comparison": "REACHES", "actions": []},
            "source": {"document": "example-county-2025.pdf", "section": "三(二)"}
          },
          "suspectd": {}
        }
      }
      """;

  private Ex08CountyWritesOwnProfileJson() {}

  /**
   * Prints the story.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /**
   * Tells the story on {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintWriter out) {
    ProfileJson json = ProfileJson.create();
    Profiles profiles = json.readInto(Profiles.builtIn(), List.of(PROFILE)).get();
    EffectiveProfile county = profiles.effective("EXAMPLE_COUNTY_2025").get();
    out.println("Chain: " + county.chain());
    out.println("Suspected: " + county.suspected().value().comparison() + " "
        + county.suspected().value().schoolDays() + " school days, from "
        + county.suspected().fromProfile() + " (" + county.suspected().source() + ")");
    out.println("Dropout: " + county.dropout().value().mode() + " after "
        + county.dropout().value().months() + " month(s), from "
        + county.dropout().fromProfile());
    String written = json.write(profiles.get("EXAMPLE_COUNTY_2025").get());
    out.println("Round trip gives an equal profile: "
        + json.read(written).get().equals(profiles.get("EXAMPLE_COUNTY_2025").get()));
    out.println("The draft is refused with every problem:");
    for (Violation v : json.readInto(Profiles.builtIn(), List.of(DRAFT)).getError()) {
      out.println("  " + v.path() + ": " + v.message());
    }
  }
}
