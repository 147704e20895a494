package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes raw resident-ID text from an input row masked like a {@code ResidentId} (R-ID-2): the
 * first 6 and last 4 characters kept, the rest starred; text shorter than 11 characters is starred
 * entirely, so an invalid ID never leaks.
 */
final class IdTextSerializer extends StdSerializer<String> {

  private final boolean unmasked;

  IdTextSerializer(boolean unmasked) {
    super(String.class);
    this.unmasked = unmasked;
  }

  @Override
  public void serialize(String text, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(unmasked ? text : mask(text));
  }

  static String mask(String text) {
    int n = text.length();
    if (n <= 10) {
      return "*".repeat(n);
    }
    return text.substring(0, 6) + "*".repeat(n - 10) + text.substring(n - 4);
  }
}
