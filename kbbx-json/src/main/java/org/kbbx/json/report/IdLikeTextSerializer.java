package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.kbbx.core.mask.IdMask;

/**
 * Writes free text from a report value (a name, a school code, a finding's detail) with every
 * ID-like run masked by the one rule, {@link IdMask#maskIdLikeRuns} (R-ID-5): an ID typed into
 * the wrong field of an input row is not written in full.
 */
final class IdLikeTextSerializer extends StdSerializer<String> {

  private static final long serialVersionUID = 1L;

  /** The one instance; it has no state. */
  static final IdLikeTextSerializer INSTANCE = new IdLikeTextSerializer();

  private IdLikeTextSerializer() {
    super(String.class);
  }

  @Override
  public void serialize(String text, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(IdMask.maskIdLikeRuns(text));
  }
}
