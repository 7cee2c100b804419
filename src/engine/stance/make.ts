import type { Entry } from './lexicon';

/** Entry builders: the regex literal keeps the pattern checked by the compiler (u flag); only its source is kept. */
const make =
  (kind: Entry['kind']) =>
  (pattern: RegExp, ...examples: string[]): Entry => ({ kind, pattern: pattern.source, examples });

export const denial = make('denial');
export const debunk = make('debunk');
export const hedge = make('hedge');
export const reference = make('reference');
export const confirm = make('confirm');

/** The same entry with options (bound, caseSensitive, negatable). */
export const opt = (entry: Entry, options: Pick<Entry, 'bound' | 'caseSensitive' | 'negatable'>): Entry => ({
  ...entry,
  ...options,
});
