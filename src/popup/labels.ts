/** Words for the engine's enums, from the UI strings. */
import type { EventType } from '../engine/model';
import type { Stance } from '../engine/types';
import { t, type StringKey } from '../ui/strings';

export { statusLabel, statusTone } from '../ui/status';

const STANCE: Record<Stance, StringKey> = {
  asserts: 'stanceAsserts',
  hedged: 'stanceHedged',
  'reports-denial': 'stanceReportsDenial',
  debunks: 'stanceDebunks',
};

const EVENT: Record<EventType, StringKey> = {
  reported: 'eventReported',
  denied: 'eventDenied',
  confirmed: 'eventConfirmed',
  rated: 'eventRated',
  retracted: 'eventRetracted',
  corrected: 'eventCorrected',
};

/** Falls back to the raw value so a newer engine value still shows something readable. */
export const stanceLabel = (s: Stance): string => (STANCE[s] ? t(STANCE[s]) : String(s));
export const eventLabel = (e: EventType): string => (EVENT[e] ? t(EVENT[e]) : String(e));
