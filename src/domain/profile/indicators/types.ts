import type { Localized } from '../../text';

/**
 * One observable behaviour through which a competency shows in a client conversation.
 * Scenario authors key their options against these; reports quote them to explain a score.
 */
export interface BehaviourIndicator {
  /** Stable within its competency; referenced as `<competencyId>/<id>`. */
  id: string;
  /** What to watch for. */
  behaviour: Localized;
  /** What a strong answer looks like. */
  strong: Localized;
  /** What a weak answer looks like. */
  weak: Localized;
}
