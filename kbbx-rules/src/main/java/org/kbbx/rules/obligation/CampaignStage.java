package org.kbbx.rules.obligation;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.kbbx.core.responsibility.Role;

/**
 * One dated stage of a campaign (R-OBL-1): from when to when, the deadline (the last day, before
 * a time of day when one is given), its tasks, the responsible seat and any named persons.
 *
 * <p>Example (YUNDOU_2022, seed 003 三(二)4): "全镇表册汇总" from 2022-10-19 to 2022-10-19, due
 * before 18:00, by the {@code SCHOOL}s to 冯海军.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the stage's name, not blank
 * @param from the first day, not null
 * @param to the last day and deadline, not before {@code from}, at most {@value #MAX_DAYS} days
 *     after it
 * @param dueBefore the time on {@code to} it must be done before; empty for the end of that day
 * @param tasks what is due, possibly empty; copied
 * @param actor the responsible seat, not null
 * @param persons the named responsible persons, possibly empty; copied
 */
public record CampaignStage(
    String name,
    LocalDate from,
    LocalDate to,
    Option<LocalTime> dueBefore,
    List<String> tasks,
    Role actor,
    List<String> persons) {

  /** The longest stage, in days from its first to its last day: {@value}. */
  public static final int MAX_DAYS = 366;

  /** Creates a stage. */
  public CampaignStage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(dueBefore, "dueBefore");
    tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
    Objects.requireNonNull(actor, "actor");
    persons = List.copyOf(Objects.requireNonNull(persons, "persons"));
    if (name.isBlank()) {
      throw new IllegalArgumentException("Invalid stage name: must not be blank");
    }
    long days = ChronoUnit.DAYS.between(from, to);
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException("Invalid stage '" + name + "' from " + from + " to " + to
          + " (valid values: to 0 to " + MAX_DAYS + " days after from)");
    }
  }

  /**
   * Returns this stage as an obligation of {@code campaign}, id {@code CAMPAIGN/campaign/name}.
   *
   * @param campaign the campaign's name, not null
   * @return the obligation, due on {@link #to()}
   */
  public Obligation obligation(String campaign) {
    return Obligation.builder()
        .id("CAMPAIGN/" + Objects.requireNonNull(campaign, "campaign") + "/" + name)
        .kind(ObligationKind.CAMPAIGN_STAGE)
        .task(tasks.isEmpty() ? name : String.join("；", tasks))
        .actor(actor)
        .persons(persons)
        .dueDate(to)
        .dueBefore(dueBefore.toJavaOptional())
        .build();
  }
}
