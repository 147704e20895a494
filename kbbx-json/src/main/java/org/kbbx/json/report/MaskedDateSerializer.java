package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes a birth date that sits next to a masked resident ID as {@value #MASKED} (R-ID-5): the
 * mask hides exactly the date the ID encodes, so the two together would be the full number.
 */
final class MaskedDateSerializer extends StdSerializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  /** What a masked birth date reads as. */
  static final String MASKED = "****-**-**";

  MaskedDateSerializer() {
    super(LocalDate.class);
  }

  @Override
  public void serialize(LocalDate date, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(MASKED);
  }
}
