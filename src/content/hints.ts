/**
 * The reader's side of the highlights: drawing their marks (marks.ts), the card a click on a passage opens, the
 * keyboard shortcuts (toggle, next, previous), "Show on page" and "Hide/Show highlights" from the
 * popup, the hints the reader hid on this page ("Wrong match?"), and the one announcement per page.
 * Nothing here runs on a page without tracked claims.
 */
import { hiddenHintsHere, onHiddenHintsChanged } from '../shared/hidden-hints';
import { send } from '../shared/send';
import type { PageCommand, PageHighlightsReply } from '../shared/messages';
import { highlightName } from '../ui/stance';
import { t } from '../ui/strings';
import { cardView } from './card-view';
import { afterNextFrame } from './frame';
import { Marks } from './marks';
import { Overlay, type CardAnchor } from './overlay';
import { buildPassages, passageAt, sentenceRange, type Passage, type ReadArticleResult } from './passages';

/** Clicks on these open what they are, never the card. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';

/** What an update drew: how many passages, in how many ms of the page's main thread. */
export interface Painted {
  count: number;
  ms: number;
}

interface Anchor extends CardAnchor {
  claimId: string;
}

export class Hints {
  private articles: ReadArticleResult[] = [];
  private passages: Passage[] = [];
  private hidden = false;
  /** The passage the shortcuts last went to (or the open card's), as an index into `passages`. */
  private cursor = -1;
  private announcedFor: string | undefined;
  /** The page's count in words, from the background's last answer (update). */
  private said = '';
  private readonly overlay: Overlay;
  private readonly marks: Marks;
  private clickListening = false;
  /** Claims whose hints the reader hid on this page, and the page they were read for. */
  private hiddenClaims: ReadonlySet<string> = new Set();
  private hiddenFor: string | undefined;
  private stopHiddenWatch: (() => void) | undefined;
  /** Bumped by every update and clear: an update that awaited storage gives way to a later one. */
  private generation = 0;

  constructor(private readonly doc: Document) {
    this.overlay = new Overlay(doc, (anchor) => {
      void send({ type: 'card:more', claimId: (anchor as Anchor).claimId }).catch(() => undefined);
    });
    this.marks = new Marks(doc, () => this.overlay.markLayer());
    this.overlay.onRestored = () => this.marks.layout();
  }

  /** Draws the passages' marks (none while the reader has them hidden); returns how many. */
  private paint(): number {
    if (this.hidden || this.passages.length === 0) {
      this.marks.clear();
      // Nothing left to show: the page gets its document back as it was (unless a card is open).
      if (this.passages.length === 0 && !this.overlay.isOpen) this.overlay.destroy();
      return 0;
    }
    return this.marks.show(
      this.passages.map((p) => ({
        range: p.range,
        name: highlightName(p.match.verdict.status, p.match.stance),
      })),
    );
  }

  /**
   * Shows the results of every article read on the page, but for the hints the reader hid on it;
   * returns how many passages were painted and the main-thread time it took. Reads the hidden hints
   * only for a page with claims, once per page (one request to the background), and draws after the
   * page's next frame (frame.ts); those waits are the background's and the browser's time, not
   * Afterword's work on the page, and are left out of the figure.
   */
  async update(articles: ReadArticleResult[], pageKey: string, said: string): Promise<Painted> {
    this.said = said;
    const generation = ++this.generation;
    const started = performance.now();
    let waited = 0;
    if (articles.some((a) => a.matches.length > 0)) {
      // Both waits at once: the background's answer on the hidden hints, the page's next frame.
      const asked = performance.now();
      const hidden =
        this.hiddenFor === pageKey ? undefined : hiddenHintsHere(pageKey).catch((): string[] => []);
      await Promise.all([hidden, afterNextFrame(this.doc)]);
      waited = performance.now() - asked;
      if (generation !== this.generation) return { count: 0, ms: performance.now() - started - waited };
      if (hidden) {
        this.hiddenClaims = new Set(await hidden);
        this.hiddenFor = pageKey;
      }
    }
    this.articles = articles;
    this.passages = this.visiblePassages();
    this.cursor = -1;
    this.overlay.close({ restoreFocus: false });
    const painted = this.paint();
    // Watched even when every hint is hidden: the popup's undo brings them back without a reload.
    if (this.hiddenFor !== undefined) this.watchHidden();
    if (this.passages.length > 0) {
      this.listenForClicks();
      if (this.announcedFor !== pageKey) {
        this.announcedFor = pageKey;
        this.announceLater(pageKey);
      }
    }
    return { count: painted, ms: performance.now() - started - waited };
  }

  /**
   * The main-thread time of the frames that draw the passages the first frame's budget left
   * (marks.ts whenDrawn): the drawing's time beyond what update() returns.
   */
  drawn(): Promise<number> {
    return this.marks.whenDrawn();
  }

  /**
   * The count, said once the page is idle, in the background's words (toolbar.ts countSaid: worded
   * here, it read the extension's messages and built Intl's plural rules on the page's main thread),
   * and the reader's page comes first. The live region (and the one element Afterword adds) is made
   * then too.
   */
  private announceLater(pageKey: string): void {
    const say = () => {
      if (this.announcedFor === pageKey && this.passages.length > 0) this.overlay.announce(this.said);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(say, { timeout: 2_000 });
    else setTimeout(say, 200);
  }

  private visiblePassages(): Passage[] {
    return buildPassages(this.doc, this.articles).filter((p) => !this.hiddenClaims.has(p.claimId));
  }

  /** The popup hid a hint on this page, or showed it again: repaint without (or with) it. */
  private watchHidden(): void {
    this.stopHiddenWatch ??= onHiddenHintsChanged(() => {
      const page = this.hiddenFor;
      if (page === undefined) return;
      void hiddenHintsHere(page)
        .catch(() => [])
        .then((hidden) => {
          if (page !== this.hiddenFor) return;
          this.hiddenClaims = new Set(hidden);
          this.passages = this.visiblePassages();
          this.cursor = -1;
          const open = this.overlay.openAnchor as Anchor | undefined;
          if (open && this.hiddenClaims.has(open.claimId)) this.overlay.close({ restoreFocus: false });
          this.paint();
        });
    });
  }

  /** Takes everything off the page: highlights, card, host, listeners. */
  clear(): void {
    this.generation++;
    this.stopHiddenWatch?.();
    this.stopHiddenWatch = undefined;
    this.hiddenFor = undefined;
    this.hiddenClaims = new Set();
    this.articles = [];
    this.passages = [];
    this.cursor = -1;
    this.marks.clear();
    this.overlay.destroy();
    this.announcedFor = undefined;
    if (this.clickListening) {
      this.doc.removeEventListener('click', this.onClick, true);
      this.clickListening = false;
    }
  }

  command(command: PageCommand): void {
    if (this.passages.length === 0) return;
    if (command === 'toggle-highlights') {
      this.setHidden(!this.hidden);
      return;
    }
    if (this.hidden) this.setHidden(false);
    const n = this.passages.length;
    const step = command === 'next-passage' ? 1 : -1;
    this.cursor = this.cursor < 0 ? (step > 0 ? 0 : n - 1) : (this.cursor + step + n) % n;
    this.goTo(this.passages[this.cursor]!, { focus: true });
  }

  /**
   * The popup's "Hide/Show highlights on this page": `show` sets them, without it the popup only asks.
   * A page without painted passages answers ok: false (the popup then offers nothing).
   */
  highlights(show?: boolean): PageHighlightsReply {
    if (this.passages.length === 0) return { ok: false, shown: false };
    if (show !== undefined && show === this.hidden) this.setHidden(!show);
    return { ok: true, shown: !this.hidden };
  }

  /** "Show on page" in the popup: the claim's sentence, selected and in view, with its card. */
  reveal(claimId: string): boolean {
    const at = this.passages.findIndex((p) => p.claimId === claimId);
    if (at >= 0) {
      this.cursor = at;
      this.goTo(this.passages[at]!, { focus: false });
      return true;
    }
    const related = sentenceRange(this.doc, this.articles, claimId);
    if (!related) return false;
    this.goTo({ claimId, match: related.match, range: related.range }, { focus: false });
    return true;
  }

  private setHidden(hidden: boolean): void {
    this.hidden = hidden;
    if (hidden) this.overlay.close({ restoreFocus: true });
    this.paint();
    this.overlay.announce(t(hidden ? 'highlightsHidden' : 'highlightsShown'));
  }

  private goTo(passage: Passage, { focus }: { focus: boolean }): void {
    const selection = this.doc.getSelection();
    if (selection) {
      selection.removeAllRanges();
      selection.addRange(passage.range.cloneRange());
    }
    const start = passage.range.startContainer;
    const el = start instanceof Element ? start : start.parentElement;
    // Instant, whatever the page's scroll-behavior: the card is placed against the passage's final position.
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.openCard(passage, focus);
  }

  private openCard(passage: Passage, focus: boolean): void {
    const anchor: Anchor = { range: passage.range, claimId: passage.claimId };
    this.overlay.show(anchor, cardView(passage.match, passage.range.startContainer), { focus });
  }

  private listenForClicks(): void {
    if (this.clickListening) return;
    this.clickListening = true;
    this.doc.addEventListener('click', this.onClick, true);
  }

  /**
   * A click on a highlighted passage opens its card; a click anywhere else closes it. The click is
   * never cancelled: a passage inside a link still follows the link. Only the reader's own clicks
   * count.
   */
  private readonly onClick = (event: MouseEvent) => {
    // A click the page made up (isTrusted false) neither opens nor closes a card: see overlay.ts, trusted().
    if (!event.isTrusted) return;
    if (this.hidden || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const target = event.target;
    // Clicks inside the card arrive retargeted to the host element.
    if (target instanceof Element && target.tagName === 'AFTERWORD-UI') return;
    const selection = this.doc.getSelection();
    // The end of a drag that selected text is a reader copying, not asking.
    if (selection && !selection.isCollapsed && selection.toString().trim() !== '') {
      this.overlay.close({ restoreFocus: false });
      return;
    }
    if (target instanceof Element && target.closest(INTERACTIVE)) return;
    const passage = passageAt(this.passages, event.clientX, event.clientY);
    if (!passage) {
      this.overlay.close({ restoreFocus: false });
      return;
    }
    const open = this.overlay.openAnchor as Anchor | undefined;
    if (open && open.range === passage.range) return;
    this.cursor = this.passages.indexOf(passage);
    this.openCard(passage, false);
  };
}
