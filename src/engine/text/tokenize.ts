/**
 * Word tokenisation. A Unicode-aware regex does the work for scripts written with spaces: on a
 * 1,000-word article in V8 it takes ~0.16 ms where Intl.Segmenter's word mode takes ~3.7 ms.
 * Runs of scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) go to the
 * segmenter's word mode, which knows their dictionaries.
 */

export interface Token {
  start: number;
  end: number;
  /** The word as it stands in the text. */
  raw: string;
}

/** Words (letters with marks, inner apostrophes) and numbers (with inner separators: 1,000 / 3.5). */
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Every script written without spaces lies at or above Thai (U+0E00); a cheap test skips the rest. */
const BEYOND_SPACED_SCRIPTS = /[\u0E00-\uFFFF]/;

let wordSegmenter: Intl.Segmenter | undefined;

/**
 * A segment is a word when it holds a letter or a digit. The segmenter's own `isWordLike` is not
 * used: Firefox ESR 153 calls the last word of a run of Han not word-like ("普京遭遇暗杀未遂" →
 * 普|京|遭遇|暗杀, "暗杀" alone → nothing; 19 of the bundled default's 44 texts in scripts without
 * spaces lost words so), where Node and Chromium give every such segment.
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function segmentWords(raw: string, offset: number, out: Token[]): void {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const s of wordSegmenter.segment(raw)) {
    if (LETTER_OR_DIGIT.test(s.segment))
      out.push({ start: offset + s.index, end: offset + s.index + s.segment.length, raw: s.segment });
  }
}

/**
 * Character classes for the code units below U+0530 (Latin, Greek, Cyrillic — nearly every word
 * of the languages we stem), computed from the same Unicode properties WORD uses, so the scanner
 * below finds exactly WORD's tokens without a regex call per word. 1: \p{N}, 2: \p{L} or \p{M}.
 */
const FAST_LIMIT = 0x0530;
const CLASS = new Uint8Array(FAST_LIMIT);
for (let c = 0; c < FAST_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\p{N}/u.test(ch) ? 1 : /[\p{L}\p{M}]/u.test(ch) ? 2 : 0;
}
const WORD_AT = new RegExp(WORD.source, 'uy');
const APOSTROPHE = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** Class of the code unit at i (0 outside, −1 when it is at or beyond FAST_LIMIT). */
function classAt(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  return c < FAST_LIMIT ? CLASS[c]! : -1;
}

/**
 * The end of WORD's match at i when every character it looks at is below FAST_LIMIT; −1 when the
 * regex must decide (a character beyond the table is involved).
 */
function fastTokenEnd(text: string, i: number, end: number, kind: number): number {
  let j = i + 1;
  let k: number;
  while ((k = classAt(text, j, end)) === kind) j++;
  if (k < 0) return -1;
  for (;;) {
    if (j >= end) return j;
    const c = text.charCodeAt(j);
    const joins = kind === 1 ? c === 0x2e || c === 0x2c : APOSTROPHE(c);
    if (!joins) return c < FAST_LIMIT || c === 0x2019 ? j : -1;
    const after = classAt(text, j + 1, end);
    if (after < 0) return -1;
    if (after !== kind) return j;
    j += 2;
    while ((k = classAt(text, j, end)) === kind) j++;
    if (k < 0) return -1;
  }
}

/**
 * Reads a text's words one at a time, in order, as (start, end, raw): raw is the word's string when
 * the regex or the segmenter had to read it, undefined when the scanner did — the caller slices it
 * only if it needs it (the index build looks words up without making strings of them). A cursor
 * rather than a callback per word, so the index build's loop over millions of claim words calls
 * nothing it cannot inline.
 */
export class WordCursor {
  start = 0;
  end = 0;
  raw: string | undefined = undefined;
  private i = 0;
  /** Words of a run the segmenter split, still to give (made only for such a run). */
  private pending: Token[] | undefined = undefined;
  private next_ = 0;

  constructor(readonly text: string) {}

  /** Moves to the next word; false past the last. */
  next(): boolean {
    if (this.pending !== undefined && this.next_ < this.pending.length) {
      const w = this.pending[this.next_++]!;
      this.start = w.start;
      this.end = w.end;
      this.raw = w.raw;
      return true;
    }
    const text = this.text;
    const end = text.length;
    let i = this.i;
    while (i < end) {
      const c = text.charCodeAt(i);
      const kind = c < FAST_LIMIT ? CLASS[c]! : -1;
      if (kind === 0) {
        i++;
        continue;
      }
      const stop = kind > 0 ? fastTokenEnd(text, i, end, kind) : -1;
      if (stop > 0) {
        this.start = i;
        this.end = this.i = stop;
        this.raw = undefined;
        return true;
      }
      // Beyond the table: let the regex read the token that starts here, if one does.
      WORD_AT.lastIndex = i;
      const m = WORD_AT.exec(text);
      if (!m) {
        i++;
        continue;
      }
      const raw = m[0];
      this.i = i + raw.length;
      if (raw.length > 1 && BEYOND_SPACED_SCRIPTS.test(raw) && NO_SPACE_SCRIPT.test(raw)) {
        this.pending = [];
        this.next_ = 0;
        segmentWords(raw, i, this.pending);
        if (this.pending.length > 0) return this.next();
        i = this.i;
        continue;
      }
      this.start = i;
      this.end = this.i;
      this.raw = raw;
      return true;
    }
    this.i = i;
    return false;
  }
}

/** Every word of the text, in order, as WordCursor reads them. */
export function scanWords(
  text: string,
  emit: (start: number, end: number, raw: string | undefined) => void,
): void {
  const words = new WordCursor(text);
  while (words.next()) emit(words.start, words.end, words.raw);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  scanWords(slice, (start, end, raw) =>
    out.push({ start: from + start, end: from + end, raw: raw ?? slice.slice(start, end) }),
  );
  return out;
}

/** The regex-only tokeniser the scanner above must agree with (kept for the property test). */
export function tokenizeByRegex(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    if (raw.length > 1 && BEYOND_SPACED_SCRIPTS.test(raw) && NO_SPACE_SCRIPT.test(raw))
      segmentWords(raw, m.index, out);
    else out.push({ start: m.index, end: m.index + raw.length, raw });
  }
  return out;
}
