package org.kbbx.reporting.reconciliation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kbbx.core.id.ResidentId;

/**
 * One person as {@link Reconciliation#summarize(Iterable, Iterable, Iterable, Set,
 * java.util.function.Consumer)} hands it to its sink (R-LED-2): the class, the schools behind it,
 * and the person findings, without the rows. The resident ID is rebuilt from the join key when
 * asked ({@link ResidentId#ofBody}), so a sink that only counts never pays for it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonOutcome {

  private final long body;
  private final PersonClass personClass;
  private final boolean inPopulation;
  private final Set<String> recordSchools;
  private final Set<String> presentSchools;
  private final boolean registeredPoor;
  private final List<PersonFinding> findings;

  PersonOutcome(
      long body,
      PersonClass personClass,
      boolean inPopulation,
      Set<String> recordSchools,
      Set<String> presentSchools,
      boolean registeredPoor,
      List<PersonFinding> findings) {
    this.body = body;
    this.personClass = Objects.requireNonNull(personClass, "personClass");
    this.inPopulation = inPopulation;
    this.recordSchools = Set.copyOf(recordSchools);
    this.presentSchools = Set.copyOf(presentSchools);
    this.registeredPoor = registeredPoor;
    this.findings = List.copyOf(findings);
  }

  /**
   * Returns the person's resident ID, the join key; built on each call.
   *
   * @return the ID, never null
   */
  public ResidentId residentId() {
    return ResidentId.ofBody(body);
  }

  /**
   * Returns the one class of this person.
   *
   * @return the class, never null
   */
  public PersonClass personClass() {
    return personClass;
  }

  /**
   * Returns whether a population row was attached to the person.
   *
   * @return true if the person is in the population data
   */
  public boolean inPopulation() {
    return inPopulation;
  }

  /**
   * Returns the county schools holding an active or transfer-pending record for the person.
   *
   * @return the school codes, unmodifiable, possibly empty
   */
  public Set<String> recordSchools() {
    return recordSchools;
  }

  /**
   * Returns the county schools where the person was present on the latest presence date.
   *
   * @return the school codes, unmodifiable, possibly empty
   */
  public Set<String> presentSchools() {
    return presentSchools;
  }

  /**
   * Returns whether the person is on the registered-poor list given to the reconciliation.
   *
   * @return true if registered poor
   */
  public boolean registeredPoor() {
    return registeredPoor;
  }

  /**
   * Returns the findings about this person (R-ID-3, counted in two schools, priority case), in
   * the order of {@link PersonFindingKind}.
   *
   * @return the findings, unmodifiable, possibly empty
   */
  public List<PersonFinding> findings() {
    return findings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonOutcome that
        && body == that.body
        && personClass == that.personClass
        && inPopulation == that.inPopulation
        && registeredPoor == that.registeredPoor
        && recordSchools.equals(that.recordSchools)
        && presentSchools.equals(that.presentSchools)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        body, personClass, inPopulation, registeredPoor, recordSchools, presentSchools, findings);
  }

  /** Returns the class and the masked ID (R-ID-2), for example {@code 522428********1234 人籍一致}. */
  @Override
  public String toString() {
    return residentId() + " " + personClass.chineseLabel();
  }
}
