package org.kbbx.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kbbx.core.responsibility.Role;
import org.kbbx.rules.escalation.AlertCode;
import org.kbbx.rules.escalation.DropoutMode;
import org.kbbx.rules.escalation.RequiredAction;
import org.kbbx.rules.routing.RouteRule;

/**
 * R-RC-14: a profile's required actions and its routing use one vocabulary of seats and agree —
 * whoever a required action names as actor acts on the alert's route, and every recipient of a
 * report is on the route (told or acting). A body counts as its head's seat.
 */
class ProfileRoutingTest {

  static Stream<String> profileIds() {
    return Profiles.builtIn().ids().toJavaStream();
  }

  private static Role seat(Role role) {
    return role.head().getOrElse(role);
  }

  private static List<Role> seats(List<Role> roles) {
    return roles.stream().map(ProfileRoutingTest::seat).toList();
  }

  @ParameterizedTest(name = "R-RC-14 required actions agree with the routing of {0}")
  @MethodSource("profileIds")
  @Tag("R-RC-14")
  void requiredActionsAndRoutingNameTheSameSeats(String id) {
    EffectiveProfile profile = Profiles.builtIn().effective(id).get();
    Map<AlertCode, List<RequiredAction>> actions = new java.util.EnumMap<>(AlertCode.class);
    actions.put(AlertCode.FIRST_DAY_CONTACT, profile.firstContact().value().actions());
    List<RequiredAction> homeVisits = new ArrayList<>();
    profile.homeVisits().value().forEach(trigger -> homeVisits.addAll(trigger.actions()));
    actions.put(AlertCode.HOME_VISIT_REQUIRED, homeVisits);
    actions.put(AlertCode.SUSPECTED_DROPOUT, profile.suspected().value().actions());
    actions.put(
        profile.dropout().value().mode() == DropoutMode.AUTOMATIC
            ? AlertCode.AUTO_DROPOUT
            : AlertCode.DROPOUT_CONFIRMATION_REQUIRED,
        profile.dropout().value().actions());
    actions.forEach((alert, required) -> {
      RouteRule row = profile.routing().value().ruleFor(alert);
      List<Role> onRoute = new ArrayList<>(seats(row.acting()));
      onRoute.addAll(seats(row.informed()));
      for (RequiredAction action : required) {
        assertThat(seats(row.acting()))
            .as("%s %s: %s acts", id, alert, action.actor())
            .contains(seat(action.actor()));
        assertThat(onRoute)
            .as("%s %s: recipients on the route", id, alert)
            .containsAll(seats(action.recipients()));
      }
    });
  }
}
