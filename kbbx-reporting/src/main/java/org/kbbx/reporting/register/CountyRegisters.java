package org.kbbx.reporting.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.kbbx.core.internal.KbbxStyle;
import org.kbbx.core.status.SchoolingState;

/**
 * The three county registers as of a date (R-LED-0): school-age children (适龄儿童台账), suspected
 * dropouts (疑似辍学台账) and dropouts (辍学台账), with dynamic closing (动态销号).
 *
 * <p>Built from each child's dated status changes up to and including the as-of date; later
 * changes are ignored, so a register for any past date is reproducible. An episode of
 * {@link SchoolingState#SUSPECTED_DROPOUT} (or {@link SchoolingState#DROPPED_OUT}) opens an entry on
 * its first day and closes it on the first day of the next different state, with that state's
 * {@link ClosingReason#onEntering}. A school-age entry opens on the first change and closes
 * on completion, death or ageing out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@KbbxStyle
public abstract class CountyRegisters {

  private static final Comparator<RegisterEntry> ORDER = Comparator.comparing(
          RegisterEntry::openedOn)
      .thenComparing(e -> e.residentId().unmasked());

  CountyRegisters() {}

  /**
   * Returns the date the registers describe (end of day).
   *
   * @return the as-of date, never null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the register of school-age children (适龄儿童台账).
   *
   * @return entries ordered by opening date, then ID
   */
  public abstract List<RegisterEntry> schoolAge();

  /**
   * Returns the register of suspected dropouts (疑似辍学台账), one entry per episode.
   *
   * @return entries ordered by opening date, then ID
   */
  public abstract List<RegisterEntry> suspectedDropouts();

  /**
   * Returns the register of dropouts (辍学台账), one entry per episode.
   *
   * @return entries ordered by opening date, then ID
   */
  public abstract List<RegisterEntry> dropouts();

  /**
   * Returns the entries of one register.
   *
   * @param kind the register, not null
   * @return its entries
   */
  public List<RegisterEntry> entries(RegisterKind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case SCHOOL_AGE -> schoolAge();
      case SUSPECTED_DROPOUT -> suspectedDropouts();
      case DROPOUT -> dropouts();
    };
  }

  /**
   * Returns how many entries of a register are open at the as-of date.
   *
   * @param kind the register, not null
   * @return the number of open entries
   */
  public long openCount(RegisterKind kind) {
    return entries(kind).stream().filter(RegisterEntry::isOpen).count();
  }

  /**
   * Builds the registers from children's histories as of {@code asOf}. Never throws for the
   * histories; null elements are skipped.
   *
   * @param histories the children, read once, may be null (no children)
   * @param asOf the date the registers describe, not null
   * @return the registers
   * @throws NullPointerException if {@code asOf} is null
   */
  public static CountyRegisters of(Iterable<StudentHistory> histories, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<RegisterEntry> schoolAge = new ArrayList<>();
    List<RegisterEntry> suspected = new ArrayList<>();
    List<RegisterEntry> dropouts = new ArrayList<>();
    if (histories != null) {
      for (StudentHistory history : histories) {
        if (history == null) {
          continue;
        }
        Episodes.schoolAge(history, asOf).ifPresent(schoolAge::add);
        suspected.addAll(Episodes.of(history, asOf, RegisterKind.SUSPECTED_DROPOUT));
        dropouts.addAll(Episodes.of(history, asOf, RegisterKind.DROPOUT));
      }
    }
    schoolAge.sort(ORDER);
    suspected.sort(ORDER);
    dropouts.sort(ORDER);
    return builder()
        .asOf(asOf)
        .schoolAge(schoolAge)
        .suspectedDropouts(suspected)
        .dropouts(dropouts)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountyRegisters}. */
  public static final class Builder extends ImmutableCountyRegisters.Builder {
    Builder() {}
  }
}
