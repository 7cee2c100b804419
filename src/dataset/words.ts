/** English words for the command line's reports ("3 claims newly denied"). */
import type { ClaimStatus } from '../engine/index';

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const STATUS_WORDS: Record<ClaimStatus, string> = {
  denied: 'denied',
  confirmed: 'confirmed',
  'rated-false': 'rated false',
  'rated-true': 'rated true',
  'rated-mixed': 'rated mixed or misleading',
  retracted: 'retracted',
  unconfirmed: 'unconfirmed',
};

/** What a change *to* a status is called in a diff. */
export const NEWLY: Record<ClaimStatus, string> = {
  denied: 'newly denied',
  confirmed: 'newly confirmed',
  'rated-false': 'newly rated false',
  'rated-true': 'newly rated true',
  'rated-mixed': 'newly rated mixed or misleading',
  retracted: 'newly retracted',
  unconfirmed: 'back to unconfirmed',
};

/** A claim in one line: its id and the start of its text. */
export function claimLine(id: string, text: string, max = 72): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `${id}: “${short}”`;
}
