/** Words and colour tones for a claim's status, shared by the popup and the in-page card. */
import type { ClaimStatus } from '../engine/index';
import { t, type StringKey } from './strings';

const STATUS: Record<ClaimStatus, StringKey> = {
  denied: 'statusDenied',
  confirmed: 'statusConfirmed',
  'rated-false': 'statusRatedFalse',
  'rated-true': 'statusRatedTrue',
  'rated-mixed': 'statusRatedMixed',
  retracted: 'statusRetracted',
  unconfirmed: 'statusUnconfirmed',
};

export type StatusTone = 'denied' | 'confirmed' | 'unconfirmed' | 'mixed' | 'retracted';

/** Falls back to the raw value so a newer engine value still shows something readable. */
export const statusLabel = (s: ClaimStatus): string => (STATUS[s] ? t(STATUS[s]) : String(s));

/** CSS modifier for the status colour: rated-false shares the denied palette, rated-true the confirmed one. */
export function statusTone(s: ClaimStatus): StatusTone {
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
