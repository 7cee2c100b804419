/** Words for the engine's enums, from the UI strings. */
import type { EventType } from '../engine/model';
import type { ClaimStatus, Stance } from '../engine/types';
import { t, type StringKey } from '../ui/strings';

const STATUS: Record<ClaimStatus, StringKey> = {
  denied: 'statusDenied',
  confirmed: 'statusConfirmed',
  'rated-false': 'statusRatedFalse',
  'rated-true': 'statusRatedTrue',
  'rated-mixed': 'statusRatedMixed',
  retracted: 'statusRetracted',
  unconfirmed: 'statusUnconfirmed',
};

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
export const statusLabel = (s: ClaimStatus): string => (STATUS[s] ? t(STATUS[s]) : String(s));
export const stanceLabel = (s: Stance): string => (STANCE[s] ? t(STANCE[s]) : String(s));
export const eventLabel = (e: EventType): string => (EVENT[e] ? t(EVENT[e]) : String(e));

/** CSS modifier for the status colour: rated-false shares the denied palette, rated-true the confirmed one. */
export function statusTone(s: ClaimStatus): 'denied' | 'confirmed' | 'unconfirmed' | 'mixed' | 'retracted' {
  switch (s) {
    case 'denied':
    case 'rated-false':
      return 'denied';
    case 'confirmed':
    case 'rated-true':
      return 'confirmed';
    case 'rated-mixed':
      return 'mixed';
    case 'retracted':
      return 'retracted';
    default:
      return 'unconfirmed';
  }
}
