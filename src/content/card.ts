/**
 * The in-page card's DOM, built from plain data by a pure function: no extension API, no strings
 * looked up here, every piece of dataset text set as a text node (never parsed as HTML). The
 * overlay (overlay.ts) mounts it in its closed shadow root; the E2E suite mounts the very same
 * function's output in an open shadow root on a test page to run axe on it, since nothing outside
 * the content script can reach a closed root.
 */
import type { MarkStyle } from '../ui/stance';
import type { StatusTone } from '../ui/status';

export interface CardView {
  tone: StatusTone;
  statusLabel: string;
  /** The one-sentence verdict, relative to the article. */
  verdict: string;
  /** "Datasets disagree: denied in …, unconfirmed in …", when they do. */
  disagree?: string;
  /** "Claim: …", in the reader's language when the dataset has a paraphrase in it. */
  claim: string;
  /** The language the claim is shown in. */
  claimLanguage?: string;
  /** The claim as the dataset words it, when `claim` shows a paraphrase: opened from a disclosure. */
  original?: { label: string; text: string; language: string };
  /**
   * What this article does with the claim, in words ("This article reports the denial"), the mark
   * style its passage is drawn with (the card shows a sample of it, so the legend is at hand), and
   * why (the cue and the sentence that decided it).
   */
  stance?: { label: string; mark?: MarkStyle; why?: string };
  kicker: string;
  moreLabel: string;
  closeLabel: string;
  /** The page looks dark: the card follows it. */
  dark: boolean;
}

export interface CardParts {
  root: HTMLElement;
  close: HTMLButtonElement;
  more: HTMLButtonElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderCard(doc: Document, view: CardView): CardParts {
  const root = el(doc, 'div', `card tone--${view.tone}${view.dark ? ' theme--dark' : ''}`);
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', 'afterword-verdict');
  root.setAttribute('aria-describedby', 'afterword-claim');
  root.tabIndex = -1;

  const top = el(doc, 'div', 'top');
  top.append(el(doc, 'span', 'kicker', view.kicker));
  const close = el(doc, 'button', 'close');
  close.type = 'button';
  close.setAttribute('aria-label', view.closeLabel);
  close.title = view.closeLabel;
  const cross = el(doc, 'span', 'cross', '×');
  cross.setAttribute('aria-hidden', 'true');
  close.append(cross);
  top.append(close);

  const chip = el(doc, 'span', `chip chip--${view.tone}`);
  const dot = el(doc, 'span', 'chip-dot');
  dot.setAttribute('aria-hidden', 'true');
  chip.append(dot, doc.createTextNode(view.statusLabel));

  const verdict = el(doc, 'p', 'verdict', view.verdict);
  verdict.id = 'afterword-verdict';
  const claim = el(doc, 'p', 'claim', view.claim);
  claim.id = 'afterword-claim';
  if (view.claimLanguage) claim.lang = view.claimLanguage;

  const more = el(doc, 'button', 'more', view.moreLabel);
  more.type = 'button';

  root.append(top, chip);
  if (view.disagree) root.append(el(doc, 'p', 'disagree', view.disagree));
  root.append(verdict);
  if (view.stance) {
    const stance = el(doc, 'p', 'stance');
    if (view.stance.mark) {
      // A sample of the passage's mark, next to its meaning: decoration, the words carry it.
      const sample = el(doc, 'span', `mark mark--${view.stance.mark}`, 'abc');
      sample.setAttribute('aria-hidden', 'true');
      stance.append(sample);
    }
    stance.append(doc.createTextNode(view.stance.label));
    root.append(stance);
    if (view.stance.why) root.append(el(doc, 'p', 'stance-why', view.stance.why));
  }
  root.append(claim);
  if (view.original) {
    // A native disclosure: it opens with a click or the keyboard with no script of the card's own.
    const original = el(doc, 'details', 'original');
    original.append(el(doc, 'summary', 'original-label', view.original.label));
    const text = el(doc, 'p', 'original-text', view.original.text);
    text.lang = view.original.language;
    original.append(text);
    root.append(original);
  }
  root.append(more);
  return { root, close, more };
}
