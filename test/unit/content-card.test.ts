// @vitest-environment happy-dom
/** The in-page card's DOM: a labelled dialog with the status in words, built from text only. */
import { describe, expect, it } from 'vitest';
import { renderCard, type CardView } from '../../src/content/card';

const VIEW: CardView = {
  tone: 'denied',
  statusLabel: 'Denied',
  verdict: 'Denied by Dmitry Peskov (spokesman, the Kremlin) one day after this article was published.',
  claim: 'Claim: Vladimir Putin survived an assassination attempt on 14 September 2022.',
  kicker: 'Afterword · what happened next',
  moreLabel: 'Timeline and sources',
  closeLabel: 'Close',
  dark: false,
};

describe('renderCard', () => {
  it('is a dialog named by its verdict and described by its claim, with the status in words', () => {
    const { root, close, more } = renderCard(document, VIEW);
    document.body.append(root);
    expect(root.getAttribute('role')).toBe('dialog');
    expect(document.getElementById(root.getAttribute('aria-labelledby')!)!.textContent).toBe(VIEW.verdict);
    expect(document.getElementById(root.getAttribute('aria-describedby')!)!.textContent).toBe(VIEW.claim);
    expect(root.querySelector('.chip')!.textContent).toBe('Denied');
    expect(root.className).toBe('card tone--denied');
    expect(close.getAttribute('aria-label')).toBe('Close');
    expect(close.type).toBe('button');
    expect(more.textContent).toBe('Timeline and sources');
    expect(root.tabIndex).toBe(-1);
    root.remove();
  });

  it('follows a dark page', () => {
    expect(renderCard(document, { ...VIEW, dark: true }).root.className).toBe(
      'card tone--denied theme--dark',
    );
  });

  it('sets dataset and page text as text, never as markup', () => {
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const { root } = renderCard(document, { ...VIEW, verdict: evil, claim: evil, statusLabel: evil });
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.textContent).toContain(evil);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('the stance in the card', () => {
  it('says what the article does with the claim, with a sample of its mark kept from screen readers, and why', () => {
    const { root } = renderCard(document, {
      ...VIEW,
      stance: {
        label: 'This article reports the denial',
        mark: 'answers',
        why: 'From the words “denies” in the headline: “UPDATE: Kazakhstan denies it”',
      },
    });
    const stance = root.querySelector('.stance')!;
    expect(stance.textContent).toBe('abcThis article reports the denial');
    const sample = stance.querySelector('.mark')!;
    expect(sample.className).toBe('mark mark--answers');
    expect(sample.getAttribute('aria-hidden')).toBe('true');
    expect(root.querySelector('.stance-why')!.textContent).toBe(
      'From the words “denies” in the headline: “UPDATE: Kazakhstan denies it”',
    );
  });

  it('shows no mark sample for a claim without a highlighted passage, and nothing without a stance', () => {
    const related = renderCard(document, { ...VIEW, stance: { label: 'Related' } }).root;
    expect(related.querySelector('.mark')).toBeNull();
    expect(related.querySelector('.stance-why')).toBeNull();
    expect(renderCard(document, VIEW).root.querySelector('.stance')).toBeNull();
  });
});
