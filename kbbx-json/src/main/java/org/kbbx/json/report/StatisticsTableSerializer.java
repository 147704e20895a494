package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.kbbx.reporting.report.StatisticsTable;
import org.kbbx.reporting.report.TableColumn;
import org.kbbx.reporting.report.TableRow;

/**
 * Writes a {@link StatisticsTable} with labelled columns and rows, each row's counts as an object
 * keyed by column key, and counts below k as {@code "<k"} when suppression is on (R-LED-7).
 */
final class StatisticsTableSerializer extends StdSerializer<StatisticsTable> {

  private final int suppressBelow;

  StatisticsTableSerializer(int suppressBelow) {
    super(StatisticsTable.class);
    this.suppressBelow = suppressBelow;
  }

  @Override
  public void serialize(StatisticsTable table, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("zh", table.chineseTitle());
    gen.writeStringField("en", table.englishTitle());
    if (suppressBelow > 0) {
      gen.writeNumberField("suppressedBelow", suppressBelow);
    }
    gen.writeArrayFieldStart("columns");
    for (TableColumn column : table.columns()) {
      gen.writeStartObject();
      gen.writeStringField("key", column.key());
      gen.writeStringField("zh", column.chineseLabel());
      gen.writeStringField("en", column.englishLabel());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("rows");
    for (TableRow row : table.rows()) {
      gen.writeStartObject();
      gen.writeStringField("key", row.key());
      gen.writeStringField("zh", row.chineseLabel());
      gen.writeStringField("en", row.englishLabel());
      gen.writeObjectFieldStart("counts");
      for (int i = 0; i < table.columns().size(); i++) {
        gen.writeFieldName(table.columns().get(i).key());
        long count = row.count(i);
        if (count < suppressBelow) {
          gen.writeString("<" + suppressBelow);
        } else {
          gen.writeNumber(count);
        }
      }
      gen.writeEndObject();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
