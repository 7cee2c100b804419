/**
 * Data that stays data: dataset text may not carry characters that change how other text is shown.
 *
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the
 *   characters after them until their pop or the end of the paragraph: a claim or a quote holding
 *   one can read, on screen, differently from what it says (the "Trojan Source" trick), and one left
 *   open spills into the popup's text around it. No claim needs them: the popup sets each text's
 *   direction from its own letters (dir="auto"). They are refused.
 * - The marks U+200E and U+200F (and the Arabic letter mark U+061C) are allowed: each is an
 *   invisible letter of one direction with no extent, so it cannot reorder text beyond itself, and
 *   Arabic, Persian and Hebrew writers use them to place numbers and Latin names correctly.
 * - C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F) are refused: they are not text, and
 *   a carriage return or an escape sequence can hide or rewrite what `afterword` prints in a
 *   terminal. Tab and line break (U+0009, U+000A) are allowed in every text field: a quote or a
 *   note may run over lines, and in a one-line place the page shows them as a space; neither can
 *   hide or reorder other text.
 *
 * Each refusal says where in words ("the 3rd claim, "kz-csto-…", text contains a right-to-left
 * override (U+202E) at character 12: …"), the character by name and code, and shows the text
 * around it with every such character written as its code, so the error cannot be reordered itself.
 */
import { jsonPath, type Issue } from './errors';

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const REFUSED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const SHOWN_AS_CODE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

const NAMES: Record<number, string> = {
  0x0d: 'a carriage return',
  0x1b: 'an escape character',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first strong isolate',
  0x2069: 'a pop directional isolate',
};

/** Characters of context shown on each side of the refused character. */
const CONTEXT_CHARS = 20;

const code = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const WHY_BIDI = 'which can make the text show in another order than it is stored';
const WHY_CONTROL = 'which is not text';

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const REMOVED_ON_IMPORT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` without the characters this rule refuses (tab and line break kept), and their codes: what
 * the importers do with text copied from social media (embeddings around a hashtag) or decoded with
 * the wrong charset (a stray U+0090). They carry no words, so the claim is kept and the removal reported.
 */
export function removeRefused(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const out = text.replace(REMOVED_ON_IMPORT, (ch) => {
    removed.push(code(ch.charCodeAt(0)));
    return '';
  });
  return { text: out, removed };
}

/** Whether `text` holds a character this rule refuses. */
export const hasRefused = (text: string): boolean => REFUSED.test(text);

/** The refusal of one string, or undefined when it holds no refused character. */
export function textProblem(value: string): string | undefined {
  const found = REFUSED.exec(value);
  if (!found) return undefined;
  const c = found[0].charCodeAt(0);
  const bidi = c >= 0x2000;
  const name = NAMES[c] ?? (c >= 0x80 ? 'a C1 control character' : 'a control character');
  const at = [...value.slice(0, found.index)].length + 1;
  const from = Math.max(0, found.index - CONTEXT_CHARS);
  const to = Math.min(value.length, found.index + 1 + CONTEXT_CHARS);
  const excerpt = `${from > 0 ? '…' : ''}${value.slice(from, to)}${to < value.length ? '…' : ''}`.replace(
    SHOWN_AS_CODE,
    (ch) => `<${code(ch.charCodeAt(0))}>`,
  );
  return `contains ${name} (${code(c)}) at character ${at}, ${bidi ? WHY_BIDI : WHY_CONTROL}: "${excerpt}"`;
}

const ORDINAL_SUFFIX = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
};
export const ordinal = (n: number): string => `${n}${ORDINAL_SUFFIX(n)}`;

const SINGULAR: Record<string, string> = {
  claims: 'claim',
  paraphrases: 'paraphrase',
  anchors: 'anchor',
  aliases: 'alias',
  tags: 'tag',
  events: 'event',
  outlets: 'outlet',
  domains: 'domain',
  handles: 'handle',
};

/** A field's path in words: ["events", 0, "source", "outlet"] → "1st event's source's outlet". */
function fieldWords(keys: readonly (string | number)[]): string {
  const words: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const next = keys[i + 1];
    if (typeof key === 'string' && typeof next === 'number') {
      words.push(`${ordinal(next + 1)} ${SINGULAR[key] ?? key}`);
      i++;
    } else words.push(String(key));
  }
  return words.join("'s ");
}

/** Every refused string in `value` (a claim or the dataset's header), walked iteratively. */
function walkStrings(
  value: unknown,
  visit: (text: string, keys: (string | number)[]) => void,
  skipTop: ReadonlySet<string> = new Set(),
): void {
  const stack: { value: unknown; keys: (string | number)[] }[] = [{ value, keys: [] }];
  while (stack.length > 0) {
    const { value: v, keys } = stack.pop()!;
    if (typeof v === 'string') visit(v, keys);
    else if (Array.isArray(v))
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], keys: [...keys, i] });
    else if (v !== null && typeof v === 'object')
      for (const key of Object.keys(v).reverse()) {
        if (keys.length === 0 && skipTop.has(key)) continue;
        stack.push({ value: (v as Record<string, unknown>)[key], keys: [...keys, key] });
      }
  }
}

/** The refused characters in the `at`-th claim (0-based), each an issue at its JSON path, worded with the claim's place and id. */
export function claimTextIssues(claim: { id: string }, at: number): Issue[] {
  const issues: Issue[] = [];
  walkStrings(claim, (text, keys) => {
    const problem = textProblem(text);
    if (!problem) return;
    issues.push({
      path: jsonPath(['claims', at, ...keys]),
      problem: `the ${ordinal(at + 1)} claim, "${claim.id}", ${fieldWords(keys)} ${problem}`,
      placed: true,
    });
  });
  return issues;
}

/** The refused characters in the dataset's own fields (title, publisher, licence, outlets), its claims left out. */
export function headerTextIssues(header: unknown): Issue[] {
  const issues: Issue[] = [];
  walkStrings(
    header,
    (text, keys) => {
      const problem = textProblem(text);
      if (problem)
        issues.push({
          path: jsonPath(keys),
          problem: `the dataset's ${fieldWords(keys)} ${problem}`,
          placed: true,
        });
    },
    new Set(['claims']),
  );
  return issues;
}
