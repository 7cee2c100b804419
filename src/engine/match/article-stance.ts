/**
 * How an article treats a claim it carries, read from the whole article as a reader reads it: the
 * headline, the lead and every passage that retells or refers to the claim contribute. Real news
 * retell the claim in one paragraph ("reports appeared on social media that…") and carry the denial
 * in the headline, the lead or two paragraphs later ("the ministry called it an absolute fake"),
 * so reading only the matched sentence calls a report of a denial "states it as fact".
 *
 * A cue (stance/cues.ts) counts for a claim when it stands
 *   - in the headline, when the headline names the claim's subject;
 *   - in a paragraph that carries the claim (a denial is often the next sentence);
 *   - in a sentence that names one of the claim's anchors (for a claim without anchors, its
 *     rarest word): "Peskov refuted media reports about an alleged assassination attempt on Putin";
 *   - in a sentence that refers back to a report ("this information", "эту информацию") and
 *     follows the claim's passage (of the article's claims, the one told last before it).
 * A denial that refers to the claim anywhere wins over any retelling; a debunk in the outlet's
 * own voice (headline or lead, and no denial by anyone) makes it "debunks"; a headline stating the
 * claim without attribution makes it "asserts"; otherwise attribution or doubt in the passages that
 * carry the claim or in the headline makes it "hedged", never "asserts".
 */
import { findCues, type CueHit, type CueKind } from '../stance/cues';
import { blockAt, type SentenceSpan } from '../text/segment';
import type { Stance, StanceEvidence } from '../types';

/** What the stance reader needs to know of the article and of one claim in it. */
export interface StanceInput {
  text: string;
  title: string;
  /** The article's paragraphs (blockSpans). */
  blocks: readonly SentenceSpan[];
  /** The sentences of a block, segmented on demand (cached by the caller). */
  sentencesOf(block: number): readonly SentenceSpan[];
  /** Every cue of the article text and of the title, found once per article. */
  cues: ArticleCues;
}

export interface ArticleCues {
  text: readonly CueHit[];
  title: readonly CueHit[];
}

export interface ClaimStanceInput {
  /** The passages that carry the claim, in reading order. */
  passages: readonly SentenceSpan[];
  /** Whether the headline names the claim's subject (all its anchors). */
  titleNamesSubject: boolean;
  /** Whether the headline states the claim itself (it scores as a passage would). */
  titleStates: boolean;
  /** How much of the claim's subject text[start, end) names: all its anchors, some, or none. */
  names(start: number, end: number): 'all' | 'some' | 'none';
  /** Whether, of the claims the article carries, this one's passage is the last before the offset. */
  nearestBefore(offset: number): boolean;
}

export interface StanceReading {
  stance: Stance;
  evidence: StanceEvidence;
}

/** The cues of the text within the given ranges (the paragraphs where cues can count), and of the title. */
export function articleCues(
  text: string,
  title: string,
  ranges: readonly (readonly [number, number])[] = [[0, text.length]],
): ArticleCues {
  return {
    text: ranges.flatMap(([from, to]) => findCues(text, from, to)),
    title: title ? findCues(title) : [],
  };
}

/**
 * How many paragraphs after a claim's passage a sentence that names nothing and refers back to a
 * report ("The ministry denied this information") is still read as answering it. Dev split,
 * curated dataset: stance is the same for 2, 3 and the whole article; 1 loses a denial two
 * paragraphs on. Beyond it, "these reports" is more likely about something else.
 */
export const REFERENCE_REACH = 3;

function sentenceAt(input: StanceInput, offset: number): SentenceSpan {
  const block = blockAt(input.blocks, offset);
  const sentences = input.sentencesOf(block);
  for (const s of sentences) if (s.start <= offset && offset < s.end) return s;
  const b = input.blocks[block]!;
  return { start: b.start, end: b.end, block };
}

interface Found {
  kind: CueKind;
  evidence: StanceEvidence;
  /** In the headline or the lead paragraph: the outlet's own framing. */
  framing: boolean;
}

const STANCE_OF: Partial<Record<CueKind, Stance>> = {
  denial: 'reports-denial',
  debunk: 'debunks',
  hedge: 'hedged',
};

/** The cues that count for one claim, in reading order (the headline's first). */
function cuesForClaim(input: StanceInput, claim: ClaimStanceInput): Found[] {
  const out: Found[] = [];
  if (claim.titleNamesSubject)
    for (const c of input.cues.title)
      out.push({
        kind: c.kind,
        framing: true,
        evidence: {
          where: 'headline',
          sentence: input.title,
          start: 0,
          end: input.title.length,
          cue: input.title.slice(c.start, c.end),
        },
      });
  const claimBlocks = new Set(claim.passages.map((p) => p.block));
  /** The paragraph of the claim's last passage before an offset. */
  const lastBlockBefore = (offset: number) => {
    let block = -Infinity;
    for (const p of claim.passages) if (p.start <= offset) block = p.block;
    return block;
  };
  const leadBlock = input.blocks.length > 0 ? 0 : -1;
  // Sentences that refer back to a report, by their start.
  const refers = new Set<number>();
  for (const c of input.cues.text) if (c.kind === 'reference') refers.add(sentenceAt(input, c.start).start);
  for (const c of input.cues.text) {
    if (c.kind === 'reference') continue;
    const s = sentenceAt(input, c.start);
    const inClaimParagraph = claimBlocks.has(s.block);
    const named = inClaimParagraph ? 'all' : claim.names(s.start, s.end);
    // A sentence that names the claim's subject, or part of it ("the ministry said reports that the
    // minister was in hospital were fake"), is about it; one that names nothing only when it refers
    // back to a report ("denied these claims"), and then to the claim told last before it.
    const counts =
      named !== 'none' ||
      (refers.has(s.start) &&
        claim.nearestBefore(s.start) &&
        s.block - lastBlockBefore(s.start) <= REFERENCE_REACH) ||
      // A lead that frames the story ("… denied reports on Monday") counts when the headline
      // names the claim's subject.
      (s.block === leadBlock && claim.titleNamesSubject);
    if (!counts) continue;
    // Attribution counts only where the claim is told: elsewhere it is about other things.
    if (c.kind === 'hedge' && !inClaimParagraph) continue;
    if (c.kind === 'confirm') continue;
    out.push({
      kind: c.kind,
      framing: s.block === leadBlock,
      evidence: {
        where: 'text',
        sentence: input.text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        cue: input.text.slice(c.start, c.end),
      },
    });
  }
  return out;
}

export function readStance(input: StanceInput, claim: ClaimStanceInput): StanceReading {
  const found = cuesForClaim(input, claim);
  const denial = found.find((f) => f.kind === 'denial');
  if (denial) return { stance: 'reports-denial', evidence: denial.evidence };
  const debunk = found.find((f) => f.kind === 'debunk');
  if (debunk)
    // The outlet's own voice frames the story; a "fake" further down may be someone's word.
    return {
      stance: found.some((f) => f.kind === 'debunk' && f.framing) ? 'debunks' : 'reports-denial',
      evidence: debunk.evidence,
    };
  // A headline that states the claim in its own voice: the article asserts it, whatever the body
  // attributes (the label's own definition: "the headline or lead states the claim as fact").
  if (claim.titleStates && !input.cues.title.some((c) => c.kind === 'hedge'))
    return {
      stance: 'asserts',
      evidence: { where: 'headline', sentence: input.title, start: 0, end: input.title.length, cue: null },
    };
  const hedge = found.find((f) => STANCE_OF[f.kind] === 'hedged');
  if (hedge) return { stance: 'hedged', evidence: hedge.evidence };
  const first = claim.passages[0]!;
  return {
    stance: 'asserts',
    evidence: {
      where: 'text',
      sentence: input.text.slice(first.start, first.end),
      start: first.start,
      end: first.end,
      cue: null,
    },
  };
}
