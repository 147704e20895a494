package org.kbbx.json.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * Writes every kbbx enum that has {@code chineseLabel()} (and optionally {@code englishLabel()})
 * as {@code {"code", "zh", "en"}}; other enums are left to Jackson.
 */
final class LabelledEnumModifier extends BeanSerializerModifier {

  private static final long serialVersionUID = 1L;

  @Override
  public JsonSerializer<?> modifyEnumSerializer(
      SerializationConfig config,
      JavaType valueType,
      BeanDescription beanDesc,
      JsonSerializer<?> serializer) {
    Class<?> type = valueType.getRawClass();
    Method zh = accessor(type, "chineseLabel");
    if (zh == null || !type.getName().startsWith("org.kbbx.")) {
      return serializer;
    }
    return new LabelledEnumSerializer(zh, accessor(type, "englishLabel"));
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      Method method = type.getMethod(name);
      return method.getReturnType() == String.class ? method : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** The serializer for one labelled enum type. */
  private static final class LabelledEnumSerializer extends StdSerializer<Enum<?>> {

    private static final long serialVersionUID = 1L;
    private final transient Method zh;
    private final transient Method en;

    @SuppressWarnings({"unchecked", "rawtypes"})
    LabelledEnumSerializer(Method zh, Method en) {
      super((Class) Enum.class);
      this.zh = zh;
      this.en = en;
    }

    @Override
    public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("code", value.name());
      gen.writeStringField("zh", call(zh, value));
      if (en != null) {
        gen.writeStringField("en", call(en, value));
      }
      gen.writeEndObject();
    }

    private static String call(Method method, Enum<?> value) throws IOException {
      try {
        return (String) method.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IOException("Cannot read " + method.getName() + " of " + value, e);
      }
    }
  }
}
