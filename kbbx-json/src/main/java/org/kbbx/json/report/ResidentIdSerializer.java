package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.kbbx.core.id.ResidentId;

/** Writes a {@link ResidentId} masked (R-ID-2) or, when asked, in full. */
final class ResidentIdSerializer extends StdSerializer<ResidentId> {

  private final boolean unmasked;

  ResidentIdSerializer(boolean unmasked) {
    super(ResidentId.class);
    this.unmasked = unmasked;
  }

  @Override
  public void serialize(ResidentId id, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(unmasked ? id.unmasked() : id.masked());
  }
}
