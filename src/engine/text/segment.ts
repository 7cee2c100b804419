/**
 * Sentence segmentation with Intl.Segmenter, inside blocks. A block is a run of text between line
 * breaks: the content script writes one line per paragraph, heading or list item, so no sentence
 * ever spans two paragraphs. Offsets are UTF-16 indexes into the input and always map back to it.
 */

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the block (paragraph) the sentence belongs to. */
  block: number;
}

/** Abbreviations after which ICU's sentence rules break too early ("St. Petersburg", "U.S. officials"). */
const NON_FINAL_ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Pres|Jr|Sr|No|vs|etc|approx|U\.S|U\.K|E\.U|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|г|гг|им|ул|т\.е|т\.к|ст)\.\s*$/;

/** Blocks above this length are cut for the segmenter; ICU's cost is linear but its memory is not small. */
const MAX_SEGMENT_INPUT = 20_000;

let segmenter: Intl.Segmenter | undefined;
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
}

/** Shrinks [start, end) to exclude surrounding white space. */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function segmentBlock(
  text: string,
  blockStart: number,
  blockEnd: number,
  block: number,
  out: SentenceSpan[],
): void {
  for (let chunkStart = blockStart; chunkStart < blockEnd; chunkStart += MAX_SEGMENT_INPUT) {
    const chunkEnd = Math.min(blockEnd, chunkStart + MAX_SEGMENT_INPUT);
    const chunk = text.slice(chunkStart, chunkEnd);
    let pendingStart = -1;
    for (const { index, segment } of sentenceSegmenter().segment(chunk)) {
      const segStart = pendingStart >= 0 ? pendingStart : chunkStart + index;
      const segEnd = chunkStart + index + segment.length;
      if (NON_FINAL_ABBREVIATION.test(segment) && segEnd < chunkEnd) {
        pendingStart = segStart;
        continue;
      }
      pendingStart = -1;
      const [s, e] = trim(text, segStart, segEnd);
      if (e > s && !isBlank(text, s, e)) out.push({ start: s, end: e, block });
    }
    if (pendingStart >= 0) {
      const [s, e] = trim(text, pendingStart, chunkEnd);
      if (e > s) out.push({ start: s, end: e, block });
    }
  }
}

/**
 * The text's blocks (its non-blank lines), each as one span: the coarse units the matcher looks for
 * candidates in before it pays for sentence segmentation, and only in the blocks that hold some.
 */
export function blockSpans(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (!isBlank(text, lineStart, i)) out.push({ start: lineStart, end: i, block: out.length });
      lineStart = i + 1;
    }
  }
  return out;
}

/** The spans [from, to) of span s's block: the spans of one block stand together, in order. */
export function blockRange(spans: readonly SentenceSpan[], s: number): [number, number] {
  const block = spans[s]!.block;
  let from = s;
  let to = s + 1;
  while (from > 0 && spans[from - 1]!.block === block) from--;
  while (to < spans.length && spans[to]!.block === block) to++;
  return [from, to];
}

/** The index of the block (from blockSpans) an offset falls in, or before: a binary search on the starts. */
export function blockAt(blocks: readonly SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The sentences of the given blocks (from blockSpans), in order. */
export function segmentBlocks(text: string, blocks: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const b of blocks) segmentBlock(text, b.start, b.end, b.block, out);
  return out;
}

export function segmentSentences(text: string): SentenceSpan[] {
  return segmentBlocks(text, blockSpans(text));
}

/** A sentence end: terminal punctuation, any closing quotes or brackets, then white space. */
const ROUGH_END = /[.!?…。！？]+["'»”’)\]]*\s+/g;

/**
 * The sentences of one block cut at terminal punctuation only: what the stance reader uses for the
 * paragraphs it was not already given segmented (the segmenter costs more than the rest of the
 * matcher; a cue's sentence only has to be about right, and an abbreviation cuts it shorter).
 */
export function roughSentences(text: string, block: SentenceSpan): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = block.start;
  ROUGH_END.lastIndex = block.start;
  for (let m = ROUGH_END.exec(text); m && m.index < block.end; m = ROUGH_END.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const [s, e] = trim(text, start, Math.min(end, block.end));
    if (e > s) out.push({ start: s, end: e, block: block.block });
    start = m.index + m[0].length;
  }
  const [s, e] = trim(text, start, block.end);
  if (e > s) out.push({ start: s, end: e, block: block.block });
  return out;
}
