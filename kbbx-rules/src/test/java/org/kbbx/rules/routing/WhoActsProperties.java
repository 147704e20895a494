package org.kbbx.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kbbx.core.responsibility.Organisation;
import org.kbbx.core.responsibility.Role;
import org.kbbx.core.responsibility.StudentPlacement;
import org.kbbx.rules.profile.Profiles;

class WhoActsProperties {

  private static final Seq<WhoActs> ROUTERS = Profiles.builtIn()
      .ids()
      .map(id -> Profiles.builtIn().effective(id).get().whoActs())
      .distinctBy(WhoActs::table);

  /** A person once, a vacant seat once, a seatless body once (as the router counts parties). */
  private static Object party(Assignee assignee) {
    return assignee.holder().isDefined()
        ? assignee.holder().get().id()
        : assignee.seat().isDefined() ? assignee.seat().get() : assignee.role();
  }

  private static void check(Organisation org, StudentPlacement placement, Route route) {
    Set<Object> acting = new HashSet<>();
    for (Assignee assignee : route.acting()) {
      // R-RC-15: each party appears once in "acts".
      assertThat(acting.add(party(assignee))).as("%s acts twice", assignee).isTrue();
    }
    for (Assignee assignee : route.informed()) {
      // R-RC-15: nobody is told of their own act.
      assertThat(acting).as("%s acts and is told", assignee).doesNotContain(party(assignee));
    }
    for (Assignee assignee : route.acting().appendAll(route.informed())) {
      if (assignee.seat().isEmpty()) {
        continue;
      }
      // R-RC-6 and R-RC-8 agree: whoever must act or be told may see the student.
      assertThat(org.maySee(assignee.seat().get(), placement.student()))
          .as("%s sees the student", assignee)
          .isTrue();
      // A vacant seat is answered only at the top of a line.
      if (assignee.holder().isEmpty() && assignee.seatRole() != Role.PARENT) {
        assertThat(assignee.seatRole()).isIn(Role.COUNTY_HEAD, Role.BUREAU_DIRECTOR);
      }
      // R-RC-10, R-RC-15: a stand-in for the teacher only when the class-teacher seat is vacant.
      if (assignee.role() == Role.TEACHER) {
        assertThat(assignee.standIn())
            .isEqualTo(org.classTeacher(placement.student()).isEmpty());
      }
      // R-RC-10: the guarantor is the student's guarantor, never a stand-in.
      if (assignee.role() == Role.GUARANTOR) {
        assertThat(assignee.seat()).isEqualTo(org.guarantor(placement.student()));
        assertThat(assignee.standIn()).isFalse();
      }
    }
  }

  /**
   * R-RC-6, R-RC-10, R-RC-15 under every built-in profile's routing: routes name seats that may see
   * the student, vacant seats pass the duty upward, the teacher is the class teacher, every party
   * acts once and is never told of its own act.
   */
  @Test
  @Tag("R-RC-15")
  @Tag("R-RC-6")
  @Tag("R-RC-10")
  @Tag("R-RC-8")
  void routesNameEachPartyOnceAndSeatsThatSeeTheStudent() {
    qt().forAll(longs().all()).checkAssert(seed -> {
      Organisation org = SmallCounty.random(seed);
      for (WhoActs who : ROUTERS) {
        for (StudentPlacement placement : org.students()) {
          for (RouteKey key : RoutingKeys.all()) {
            check(
                org,
                placement,
                who.route(Option.some(org), placement.student(), key).get());
          }
        }
      }
    });
  }
}
