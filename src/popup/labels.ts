/** Words for the engine's enums, from the UI strings. */
import type { EventType } from '../engine/index';
import { t, type StringKey } from '../ui/strings';

export { stanceLabel } from '../ui/stance';
export { statusLabel, statusTone } from '../ui/status';

const EVENT: Record<EventType, StringKey> = {
  reported: 'eventReported',
  denied: 'eventDenied',
  confirmed: 'eventConfirmed',
  rated: 'eventRated',
  retracted: 'eventRetracted',
  corrected: 'eventCorrected',
};

/** Falls back to the raw value so a newer engine value still shows something readable. */
export const eventLabel = (e: EventType): string => (EVENT[e] ? t(EVENT[e]) : String(e));
