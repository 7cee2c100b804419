/**
 * The ways a regular expression's matches can begin: every string of up to `K` characters a match
 * can start with, folded like `foldChar` folds the text. A prefix shorter than `K` that is "open"
 * may be followed by anything. Over-approximate by design (lookarounds are skipped, big classes and
 * repetitions open the prefix): cues.ts only uses it to decide where a pattern is worth trying.
 * Handles the regex syntax the lexicon uses (groups, lookarounds, classes, escapes, quantifiers).
 */

export const K = 5;

/** Case and letter-form folding shared by the text and the patterns, one UTF-16 code unit to one. */
export function foldChar(c: string): string {
  const l = c.toLowerCase();
  if (l === 'ı' || l.startsWith('i̇')) return 'i';
  if (l === 'ς') return 'σ';
  return l.length === 1 ? l : c;
}

/** A prefix: the folded string, and whether anything may follow it (when shorter than K). */
type Prefix = string; // closed: "abc"; open: "ab\u0000"
const OPEN = '\u0000';
const open = (s: string): Prefix => (s.length >= K ? s.slice(0, K) : s + OPEN);
const isOpen = (p: Prefix): boolean => p.endsWith(OPEN);
const body = (p: Prefix): string => (isOpen(p) ? p.slice(0, -1) : p);
const EMPTY: Set<Prefix> = new Set(['']);
const ANY: Set<Prefix> = new Set([OPEN]);
/** Past this many alternatives a set is cut to shorter prefixes. */
const CAP = 400;

function concat(a: Set<Prefix>, b: Set<Prefix>): Set<Prefix> {
  const out = new Set<Prefix>();
  for (const x of a) {
    if (isOpen(x) || x.length >= K) {
      out.add(x.length >= K ? x.slice(0, K) : x);
      continue;
    }
    for (const y of b) {
      const s = x + body(y);
      out.add(s.length >= K ? s.slice(0, K) : isOpen(y) ? s + OPEN : s);
    }
  }
  return out.size > CAP ? shorten(out) : out;
}

function shorten(set: Set<Prefix>): Set<Prefix> {
  const out = new Set<Prefix>();
  for (const p of set) out.add(body(p).length > 1 ? open(body(p).slice(0, 1)) : p);
  return out;
}

/** Every folded variant of a character (the text is folded the same way). */
const lit = (c: string): Set<Prefix> => new Set([foldChar(c)]);

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := sequence ('|' sequence)* */
  alternation(): Set<Prefix> {
    const out = new Set<Prefix>();
    for (;;) {
      for (const p of this.sequence()) out.add(p);
      if (this.src[this.i] === '|') this.i++;
      else return out;
    }
  }

  sequence(): Set<Prefix> {
    let acc = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      acc = concat(acc, this.quantified());
    }
    return acc;
  }

  quantified(): Set<Prefix> {
    const atom = this.atom();
    const c = this.src[this.i];
    let q: 'opt' | 'star' | 'plus' | undefined;
    if (c === '?') q = 'opt';
    else if (c === '*') q = 'star';
    else if (c === '+') q = 'plus';
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length - 1;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        q = min === 0 ? (max === 1 ? 'opt' : 'star') : max === 1 ? undefined : 'plus';
        if (q === undefined) {
          this.i++;
          return atom;
        }
      }
    }
    if (!q) return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    const repeated = new Set([...atom].map((p) => (isOpen(p) ? p : open(p))));
    if (q === 'opt') return new Set([...atom, '']);
    if (q === 'star') return new Set([...repeated, '']);
    return repeated;
  }

  atom(): Set<Prefix> {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.cls();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    return lit(c);
  }

  group(): Set<Prefix> {
    const rest = this.src.slice(this.i, this.i + 4);
    let zeroWidth = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.i += 3;
      zeroWidth = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.i += 4;
      zeroWidth = true;
    } else if (rest.startsWith('(?<')) this.i = this.src.indexOf('>', this.i) + 1;
    else this.i += 1;
    const inner = this.alternation();
    this.i++; // ')'
    return zeroWidth ? EMPTY : inner;
  }

  cls(): Set<Prefix> {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let wide = negated;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i]!;
      if (c === '\\') {
        const e = this.src[this.i + 1]!;
        if ('pPsSdDwW'.includes(e)) {
          wide = true;
          this.i += e === 'p' || e === 'P' ? this.src.indexOf('}', this.i) - this.i + 1 : 2;
          continue;
        }
        c = e === 'n' ? '\n' : e === 't' ? '\t' : e;
        this.i += 2;
      } else this.i++;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        let to = this.src[this.i + 1]!;
        this.i += 2;
        if (to === '\\') to = this.src[this.i++]!;
        const a = c.codePointAt(0)!;
        const b = to.codePointAt(0)!;
        if (b - a > 64) wide = true;
        else for (let x = a; x <= b; x++) chars.push(String.fromCodePoint(x));
      } else chars.push(c);
    }
    this.i++; // ']'
    if (wide) return ANY;
    return new Set(chars.map(foldChar));
  }

  escape(): Set<Prefix> {
    const e = this.src[this.i + 1]!;
    if (e === 'p' || e === 'P') {
      this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    this.i += 2;
    if ('sSdDwW'.includes(e)) return ANY;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'n') return lit('\n');
    if (e === 't') return lit('\t');
    if (e === 'u') return ANY;
    return lit(e);
  }
}

/** The folded prefixes (each up to K characters) a match of `source` can begin with; "" means anything. */
export function prefixesOf(source: string): string[] {
  const p = new Parser(source);
  const set = p.alternation();
  if (p.i !== source.length) throw new Error(`prefixesOf: unexpected ${source[p.i]} at ${p.i} in ${source}`);
  return [...new Set([...set].map(body))];
}
