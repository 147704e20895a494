package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;
import org.kbbx.core.mask.IdMask;

/**
 * Writes an identifier as text masked by the one rule {@link IdMask#mask} (R-ID-2, R-ID-5) or,
 * when the module was asked for unmasked IDs, in full: resident IDs, student ids, student numbers
 * and raw ID text from input rows alike.
 *
 * @param <T> the identifier type
 */
final class IdSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<T, String> fullText;
  private final boolean unmasked;

  IdSerializer(Class<T> type, Function<T, String> fullText, boolean unmasked) {
    super(type);
    this.fullText = fullText;
    this.unmasked = unmasked;
  }

  @Override
  public void serialize(T id, JsonGenerator gen, SerializerProvider provider) throws IOException {
    String text = fullText.apply(id);
    gen.writeString(unmasked ? text : IdMask.mask(text));
  }
}
