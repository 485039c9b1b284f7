package org.dateline.events;

import java.util.Set;

/**
 * The event types and CAMEO codes that several of the coder's rules name, and the codes of
 * promising (03x) or appealing for (02x) an act of a given type: static, so that the verb and
 * noun coders read the same families.
 */
final class EventCodes {

  private EventCodes() {}

  /** Types where several subjects without a target act with each other ("A and B met"). */
  static final Set<String> JOINT_TYPES = Set.of("CONSULT", "AGREE", "COOPERATE");

  /** Codes of a third party's part in others' talks or agreement: hosting (043) and mediating (045). */
  static final Set<String> JOINT_MEDIATION = Set.of("043", "045");

  /** A visit (CAMEO 042) to one's own state, its base or its troops abroad is no visit to another: "visited an American base". */
  static final String VISIT = "042";

  /**
   * The CAMEO code of promising an act of {@code type} coded {@code cameo} (03x, express intent:
   * to give aid 033x, to cooperate 031x, to support 032, to yield 035x, to meet 036), or null for
   * acts a promise of which is no cooperation.
   */
  static String intentCode(String type, String cameo) {
    switch (type) {
      case "AID":
        return withKind("033", cameo, "07"); // 071 economic aid: 0331 intent to give economic aid
      case "COOPERATE":
        return withKind("031", cameo, "06");
      case "SUPPORT":
        return "032";
      case "CONSULT":
        return "036";
      case "RETREAT":
      case "CONCEDE":
        return yieldKind("035", cameo);
      default:
        return null;
    }
  }

  /**
   * The CAMEO code of appealing for an act of {@code type} coded {@code cameo} (02x: for aid 023x,
   * for cooperation 021x, for talks 026, to settle 027, to yield 025x), or null for acts one does
   * not ask the target for (sanctions, attacks).
   */
  static String appealCode(String type, String cameo) {
    if (cameo.startsWith("087")) {
      return "0256"; // a ceasefire or truce asked for: de-escalation
    }
    switch (type) {
      case "AID":
        return withKind("023", cameo, "07");
      case "COOPERATE":
        return withKind("021", cameo, "06");
      case "CONSULT":
        return "026";
      case "AGREE":
        return "027";
      case "RETREAT":
      case "CONCEDE":
        return yieldKind("025", cameo);
      default:
        return null;
    }
  }

  /**
   * {@code family} (035 intent to yield, 025 appeal to yield) with the kind of yielding the act's
   * code names: releasing (084) 3, easing sanctions (085) 4, allowing access (086) 5, de-escalating (087) 6.
   */
  private static String yieldKind(String family, String cameo) {
    return cameo.startsWith("084") ? family + "3" : cameo.equals("085") ? family + "4"
        : cameo.startsWith("086") ? family + "5" : cameo.startsWith("087") ? family + "6" : family;
  }

  /** {@code intent} with the kind (1 to 4: economic, military, ...) of the act's code {@code family}x, if it has one. */
  private static String withKind(String intent, String cameo, String family) {
    boolean kind = cameo.length() == 3 && cameo.startsWith(family) && cameo.charAt(2) >= '1' && cameo.charAt(2) <= '4';
    return kind ? intent + cameo.charAt(2) : intent;
  }
}
