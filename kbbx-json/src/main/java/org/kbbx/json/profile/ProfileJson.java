package org.kbbx.json.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.validation.Violation;
import org.kbbx.rules.profile.EffectiveProfile;
import org.kbbx.rules.profile.JurisdictionProfile;
import org.kbbx.rules.profile.Profiles;

/**
 * Jurisdiction profiles as JSON (R-PROF-2): write, read back to an equal value, and validate a
 * vendor's own profile listing every problem with its JSON path.
 *
 * <p>Format: {@code {"id", "name", "parent"?, "validFrom", "validTo"?, "document": {"document",
 * "section"}, "settings": {"<key>": {"value": ..., "source": {...}}}, "examples": [...]}}, with the
 * setting keys of {@link org.kbbx.rules.profile.ProfileSetting}. Enum values are their constant
 * names, dates ISO-8601. Strings are at most 1,000 characters; a document at most 16 MiB.
 *
 * <p>Reading never throws and never yields a half-built profile: malformed JSON, unknown fields,
 * wrong types, negative or impossible values, an unknown parent, a parent cycle and a missing
 * parent are all reported, together, as {@link Violation}s.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileJson {

  /** The longest document read, in characters: 16 MiB. */
  public static final int MAX_DOCUMENT = 16 * 1024 * 1024;

  private final ObjectMapper mapper;

  private ProfileJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns a reader and writer.
   *
   * @return the codec
   */
  public static ProfileJson create() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_DOCUMENT)
            .maxDocumentLength(MAX_DOCUMENT)
            .maxNestingDepth(64)
            .build())
        .build();
    return new ProfileJson(new ObjectMapper(factory));
  }

  /**
   * Writes a profile as pretty-printed JSON.
   *
   * @param profile the profile, not null
   * @return the JSON text
   */
  public String write(JurisdictionProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return text(ProfileWriter.profile(profile), profile.id());
  }

  /**
   * Writes a profile resolved along its parent chain (R-PROF-1) as pretty-printed JSON: {@code
   * id}, {@code name}, {@code chain}, {@code validFrom}, {@code validTo} (null when open-ended),
   * {@code document}, then under {@code settings} every setting with its {@code value}, {@code
   * source} and {@code from} (the id of the profile that set it), and the profile's own {@code
   * examples}. Values and sources are written as {@link #write} writes them.
   *
   * <p>Example: {@code "suspected" : { "value" : {...}, "source" : {...}, "from" :
   * "HEZHANG_2018" }}. The output is for reading and reporting; {@link #read} does not read it.
   *
   * @param profile the effective profile, not null
   * @return the JSON text
   */
  public String writeResolved(EffectiveProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return text(ProfileWriter.resolved(profile), profile.id());
  }

  private String text(JsonNode node, String id) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JacksonException e) {
      throw new IllegalStateException("Cannot write profile " + id, e);
    }
  }

  /**
   * Reads one profile document, checking its structure and values only (not its parent).
   *
   * @param json the JSON text, possibly null
   * @return the profile, or every problem with its JSON path ({@code $.settings.suspected...})
   */
  public Validation<Seq<Violation>, JurisdictionProfile> read(String json) {
    if (json == null) {
      return Validation.invalid(
          Vector.of(Violation.at("$", "expected a JSON document, found null")));
    }
    if (json.length() > MAX_DOCUMENT) {
      return Validation.invalid(Vector.of(Violation.at(
          "$",
          "document of " + json.length() + " characters; at most " + MAX_DOCUMENT + " expected")));
    }
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      return Validation.invalid(
          Vector.of(Violation.at("$", "not valid JSON: " + e.getOriginalMessage())));
    }
    ProfileReader reader = new ProfileReader();
    JurisdictionProfile profile = reader.profile(root);
    if (profile == null || !reader.reader().problems().isEmpty()) {
      return Validation.invalid(Vector.ofAll(reader.reader().problems()));
    }
    return Validation.valid(profile);
  }

  /**
   * Reads a vendor's profile documents and adds them to {@code known}, checking structure, values
   * and the parent chain together. With one document paths start at {@code $}; with several, at
   * {@code [i]$}.
   *
   * @param known the profiles a document may name as parent, not null
   * @param documents the JSON texts, not null
   * @return the enlarged provider, or every problem found
   */
  public Validation<Seq<Violation>, Profiles> readInto(Profiles known, List<String> documents) {
    Objects.requireNonNull(known, "known");
    Objects.requireNonNull(documents, "documents");
    Seq<Violation> problems = Vector.empty();
    List<JurisdictionProfile> read = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      String prefix = documents.size() == 1 ? "" : "[" + i + "]";
      Validation<Seq<Violation>, JurisdictionProfile> one = read(documents.get(i));
      if (one.isInvalid()) {
        problems = problems.appendAll(
            one.getError().map(v -> Violation.at(prefix + v.path(), v.message())));
        problems = problems.appendAll(unknownParent(documents, i, known)
            .map(v -> Violation.at(prefix + v.path(), v.message())));
      } else {
        read.add(one.get());
      }
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    Validation<Seq<Violation>, Profiles> merged = known.with(read);
    if (merged.isValid()) {
      return merged;
    }
    return Validation.invalid(merged.getError().map(v -> relocate(v, read, documents.size())));
  }

  /**
   * For a document whose structure failed, still reports a parent that names no known profile
   * and no other document, so that problem is listed with the rest.
   */
  private Seq<Violation> unknownParent(List<String> documents, int index, Profiles known) {
    JsonNode parent = field(documents.get(index), "parent");
    if (parent == null || !parent.isTextual() || known.get(parent.textValue()).isDefined()) {
      return Vector.empty();
    }
    for (int j = 0; j < documents.size(); j++) {
      JsonNode id = j == index ? null : field(documents.get(j), "id");
      if (id != null && parent.textValue().equals(id.asText())) {
        return Vector.empty();
      }
    }
    return Vector.of(Violation.at(
        "$.parent",
        "Unknown parent '" + parent.textValue() + "': expected one of "
            + known.ids().sorted().mkString(", ")));
  }

  private JsonNode field(String json, String name) {
    if (json == null || json.length() > MAX_DOCUMENT) {
      return null;
    }
    try {
      JsonNode root = mapper.readTree(json);
      return root != null && root.isObject() ? root.get(name) : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Maps a chain problem at {@code ID.field} to the JSON path of the document with that id. */
  private static Violation relocate(Violation v, List<JurisdictionProfile> read, int count) {
    for (int i = 0; i < read.size(); i++) {
      String id = read.get(i).id();
      if (v.path().startsWith(id + ".")) {
        String prefix = count == 1 ? "" : "[" + i + "]";
        return Violation.at(prefix + "$" + v.path().substring(id.length()), v.message());
      }
    }
    return v;
  }
}
