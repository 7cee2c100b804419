// @vitest-environment happy-dom
/**
 * Datasets that disagree about a claim: the most serious status leads the match (so the mark, the
 * badge, the card and the popup's heading take it) and every surface says the datasets disagree,
 * naming each dataset's status; the look-up lists the claim once with both.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onePerClaim, type Found } from '../../src/background/lookup';
import { leadWithMostSerious } from '../../src/background/match-all';
import { articleView, BADGE_COLOURS } from '../../src/background/toolbar';
import { cardView } from '../../src/content/card-view';
import { renderCard } from '../../src/content/card';
import { verdictFor } from '../../src/engine/index';
import type { Claim } from '../../src/engine/model';
import { ClaimCard } from '../../src/popup/ClaimCard';
import type { AlternativeClaim, DatasetSummary, ShownMatch } from '../../src/shared/messages';
import { disagreementLine } from '../../src/ui/disagreement';
import { highlightName } from '../../src/ui/stance';
import { DATASET, KZ_CLAIM, kzMatch, PAGE } from './popup-data';
import { createFakeBrowser } from '../support/fake-browser';

beforeEach(() => {
  createFakeBrowser();
});

afterEach(() => cleanup());

const DESK: DatasetSummary = {
  ...DATASET,
  id: 'ca-desk',
  title: 'Central Asia Fact Desk',
  asOf: '2026-12-02',
};
/** The default's version: reported, nothing since. */
const UNCONFIRMED: Claim = { ...KZ_CLAIM, events: KZ_CLAIM.events.filter((e) => e.type === 'reported') };

/** The match as one dataset found it: the default, calling the claim unconfirmed. */
function defaultsMatch(): ShownMatch {
  return kzMatch({
    claim: UNCONFIRMED,
    verdict: verdictFor(UNCONFIRMED, PAGE.published),
    datasetTitle: DATASET.title,
    datasetAsOf: DATASET.asOf,
  });
}

/** The desk's version of the same claim: denied. */
function desksVersion(): AlternativeClaim {
  return {
    claim: KZ_CLAIM,
    datasetId: DESK.id,
    datasetTitle: DESK.title,
    datasetAsOf: DESK.asOf,
    verdict: verdictFor(KZ_CLAIM, PAGE.published),
  };
}

/** What the merge gives when the default matched best but the desk denies the claim. */
const merged = () => leadWithMostSerious(defaultsMatch(), [desksVersion()]);

describe('the more serious status leads', () => {
  it('heads the match with the denial, the milder status kept as an alternative', () => {
    expect(defaultsMatch().verdict.status).toBe('unconfirmed');
    const m = merged();
    expect(m.verdict.status).toBe('denied');
    expect(m.datasetId).toBe(DESK.id);
    expect(m.datasetTitle).toBe(DESK.title);
    expect(m.datasetAsOf).toBe(DESK.asOf);
    expect(m.claim).toBe(KZ_CLAIM);
    expect(m.alternatives).toEqual([
      expect.objectContaining({
        datasetId: DATASET.id,
        verdict: expect.objectContaining({ status: 'unconfirmed' }),
      }),
    ]);
    // The passage and the stance are still the article's.
    expect(m.passages).toEqual(defaultsMatch().passages);
    expect(m.stance).toBe('asserts');
  });

  it('keeps the lead when it is already the more serious', () => {
    const denied = kzMatch({ datasetTitle: DATASET.title });
    const confirmed: AlternativeClaim = {
      ...desksVersion(),
      verdict: { ...desksVersion().verdict, status: 'confirmed' },
    };
    const m = leadWithMostSerious(denied, [confirmed]);
    expect(m.datasetId).toBe(DATASET.id);
    expect(m.verdict.status).toBe('denied');
    expect(m.alternatives).toEqual([confirmed]);
  });

  it('colours the mark and the badge with it: the alarm for a claim the article passes on', () => {
    expect(highlightName(merged().verdict.status, merged().stance)).toBe('afterword-false');
    expect(articleView([merged()]).color).toBe(BADGE_COLOURS.alarm);
    expect(articleView([defaultsMatch()]).color).toBe(BADGE_COLOURS.unconfirmed);
  });
});

describe('said in plain sight', () => {
  it('names each dataset’s status, the leading one first', () => {
    const m = merged();
    expect(disagreementLine(m, m.alternatives)).toBe(
      'Datasets disagree: denied in “Central Asia Fact Desk”, unconfirmed in “Afterword demo dataset”',
    );
    expect(disagreementLine(kzMatch(), undefined)).toBeUndefined();
  });

  it('on the in-page card, under the status', () => {
    const view = cardView(merged(), null);
    expect(view.statusLabel).toBe('Denied');
    expect(view.disagree).toBe(
      'Datasets disagree: denied in “Central Asia Fact Desk”, unconfirmed in “Afterword demo dataset”',
    );
    const { root } = renderCard(document, view);
    const texts = [...root.children].map((c) => c.textContent);
    expect(texts.indexOf(view.disagree!)).toBe(texts.indexOf('Denied') + 1);
  });

  it('on the popup’s card: the chip says Denied and the line says who says what', () => {
    render(<ClaimCard id="c" datasets={[DATASET, DESK]} page={PAGE} match={merged()} tabId={1} />);
    const card = screen.getByRole('article');
    expect(card.querySelector('.chip')!.textContent).toBe('Denied');
    expect(card.querySelector('.disagree')!.textContent).toBe(
      'Datasets disagree: denied in “Central Asia Fact Desk”, unconfirmed in “Afterword demo dataset”',
    );
  });

  it('on a look-up result, with the other dataset’s timeline in the panel', () => {
    const lead = desksVersion();
    render(
      <ClaimCard
        id="l"
        datasets={[DATASET, DESK]}
        claim={lead.claim}
        verdict={verdictFor(lead.claim, undefined)}
        datasetId={DESK.id}
        alternatives={[
          {
            claim: UNCONFIRMED,
            datasetId: DATASET.id,
            datasetTitle: DATASET.title,
            datasetAsOf: DATASET.asOf,
            verdict: verdictFor(UNCONFIRMED, undefined),
          },
        ]}
        showSource
      />,
    );
    const card = screen.getByRole('article');
    expect(card.querySelector('.disagree')!.textContent).toMatch(
      /^Datasets disagree: denied in “Central Asia Fact Desk”/,
    );
    expect(within(card).getByText('Other datasets say otherwise:')).toBeTruthy();
  });
});

describe('the look-up lists a claim once', () => {
  const found = (claim: Claim, dataset: DatasetSummary, score: number, coverage = 1): Found => ({
    hit: {
      claim,
      datasetId: dataset.id,
      datasetAsOf: dataset.asOf,
      score,
      verdict: verdictFor(claim, undefined),
    },
    coverage,
    title: dataset.title,
  });

  it('with both statuses and both datasets, headed by the denial, ranked by its best finding', () => {
    const hits = onePerClaim([found(UNCONFIRMED, DATASET, 9), found(KZ_CLAIM, DESK, 4)]);
    expect(hits).toHaveLength(1);
    const [only] = hits;
    expect(only!.hit.datasetId).toBe(DESK.id);
    expect(only!.hit.verdict.status).toBe('denied');
    expect(only!.hit.score).toBe(9);
    expect(only!.hit.alternatives).toEqual([
      expect.objectContaining({
        datasetId: DATASET.id,
        datasetTitle: DATASET.title,
        verdict: expect.objectContaining({ status: 'unconfirmed' }),
      }),
    ]);
  });

  it('the same wording under another id is the same claim; datasets that agree add no alternatives', () => {
    const renamed = {
      ...KZ_CLAIM,
      id: 'desk-kz-csto',
      text: 'Kazakhstan will suspend its membership in the CSTO from early 2023',
    };
    const hits = onePerClaim([found(KZ_CLAIM, DATASET, 5), found(renamed, DESK, 4)]);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.hit.alternatives).toBeUndefined();
  });
});
