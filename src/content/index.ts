/**
 * The content script: decide cheaply whether this is an article, read it, ask the background to
 * match it, highlight what comes back. Never throws into the page; nothing of the page leaves
 * the browser (the background matches locally). On a site the reader paused, it reads nothing but
 * the answer to whether its site is paused (paused:here) and tells the background the tab is paused.
 */
import { newArticles } from '../article/appended';
import { boundPage, clipText, PAGE_LIMITS } from '../article/limits';
import { detectPage, readAppendedArticle, readArticle, type ReadArticle } from '../article/read';
import { summariseText } from '../article/text-summary';
import browser from '../shared/browser';
import { isPageRequest, type PageInfo } from '../shared/messages';
import { send } from '../shared/send';
import { isPausedHere, onReaderDataChanged } from '../shared/settings';
import { Hints } from './hints';
import type { ReadArticleResult } from './passages';
import { watchForNewArticle } from './watch';

/**
 * The article's text must grow by this many characters and this share before it is read again
 * (an article that loads its body late, a live blog's new entries), never for a ticker's few words.
 */
const REGROW_CHARS = 1500;
const REGROW_SHARE = 0.5;
/** How much of the article's text start identifies it (see `changed`). */
const OPENING_CHARS = 200;

interface Current {
  /** The address the results were last reported for. */
  url: string;
  /** The address the page was read at: the page's identity for the one announcement. */
  key: string;
  article?: ReadArticle;
  /** The root's text length when it was read. */
  length: number;
  /** The start of the root's text when it was read: the same article, or another one in the same element. */
  opening: string;
  /** Every article read on the page: the first, then any appended. */
  results: ReadArticleResult[];
  /** <article> elements already looked at (read as appended articles, found too short, or there at the first read). */
  seen: WeakSet<Element>;
  /** How many <article> elements the page had when last looked at. */
  articleTags: number;
}

let current: Current | undefined;
let busy = false;
let paused = false;
let stopWatching: (() => void) | undefined;
const hints = new Hints(document);
const articleTags = document.getElementsByTagName('article');

/** The page's address, held to its limit: the background refuses a longer one. */
const here = () => clipText(location.href, PAGE_LIMITS.urlChars);

function pageInfo(article: ReadArticle): PageInfo {
  const { title, published, outlet, language } = article.metadata;
  return boundPage({ url: here(), title, published, outlet, language });
}

function report(error: unknown): void {
  // The page must never notice us; a disconnected background (extension updated) is not an error.
  if (!String(error).includes('Extension context invalidated')) console.debug('Afterword:', error);
}

/** One thing at a time: a read in progress finishes before the next starts (the next settle retries). */
async function exclusive(work: () => Promise<void>): Promise<void> {
  if (busy || paused) return;
  busy = true;
  try {
    await work();
  } catch (error) {
    report(error);
  } finally {
    busy = false;
  }
}

/** `asked`: the reader chose "Check this page anyway" in the popup, so it is read as an article whatever it looks like. */
const scan = (asked = false) =>
  exclusive(async () => {
    const t0 = performance.now();
    const kind = asked ? 'article' : detectPage(document);
    const detect = performance.now() - t0;
    if (kind !== 'article') {
      const wasArticle = current?.article !== undefined;
      current = {
        url: location.href,
        key: location.href,
        length: 0,
        opening: '',
        results: [],
        seen: new WeakSet(),
        articleTags: articleTags.length,
      };
      if (wasArticle) hints.clear();
      await send({ type: 'article:none', url: here(), timings: { detect } });
      return;
    }
    const t1 = performance.now();
    const article = readArticle(document);
    const extract = performance.now() - t1;
    const { length, opening } = summariseText(article.root, OPENING_CHARS);
    const mine: Current = {
      url: location.href,
      key: location.href,
      article,
      length,
      opening,
      results: [],
      seen: new WeakSet([...articleTags]),
      articleTags: articleTags.length,
    };
    current = mine;
    const page = pageInfo(article);
    const sentAt = performance.now();
    const { matches, said } = await send({
      type: 'article:scan',
      page,
      text: article.text,
      timings: { detect, extract },
    });
    const answer = performance.now() - sentAt;
    let highlight = 0;
    let shown = performance.now();
    if (current === mine && !paused) {
      mine.results = [{ text: article, page, matches }];
      // The drawing's own main-thread time: its waits are left out, as the answer's is (Hints.update),
      // and the frames after the first that draw the near passages past its budget are counted in
      // (the far ones are drawn when the reader comes near them, not as part of this drawing).
      highlight = (await hints.update(mine.results, mine.key, said)).ms;
      shown = performance.now();
      highlight += await hints.drawn();
    }
    await send({ type: 'article:highlighted', timings: { detect, extract, highlight, answer, shown } });
  });

/**
 * Articles read on one page at most. An infinite-scroll reader gets through tens of stories; a page
 * appending thousands of <article> elements (nested, each weighed over its subtree) gets no more.
 */
const MAX_ARTICLES_PER_PAGE = 100;

/** New <article> elements outside the one already read (article/appended.ts). */
function appendedArticles(state: Current): Element[] {
  if (articleTags.length === state.articleTags) return [];
  state.articleTags = articleTags.length;
  const room = MAX_ARTICLES_PER_PAGE - state.results.length;
  return room > 0 ? newArticles(articleTags, state.article?.root, state.seen, room) : [];
}

/**
 * The page moved on without replacing the article read: an infinite-scroll page moved its address
 * along (the browser then forgets the tab's results, as for any navigation, so they are reported
 * again, unchanged), or appended the next story (read, and its claims added to the page's).
 */
const follow = (state: Current) =>
  exclusive(async () => {
    if (state.url !== location.href && state.results.length > 0) {
      state.url = location.href;
      const [first, ...more] = state.results;
      const t0 = performance.now();
      // The last answer's count in words covers every article sent so far.
      let { matches, said } = await send({
        type: 'article:scan',
        page: { ...first!.page, url: here() },
        text: first!.text.text,
        timings: { detect: 0 },
      });
      const answers = [matches];
      for (const r of more) {
        ({ matches, said } = await send({
          type: 'article:more',
          page: { ...r.page, url: here() },
          text: r.text.text,
        }));
        answers.push(matches);
      }
      if (current !== state || paused) return;
      state.results = state.results.map((r, i) => ({ ...r, matches: answers[i]! }));
      await hints.update(state.results, state.key, said);
      await send({ type: 'article:highlighted', timings: { detect: 0, highlight: performance.now() - t0 } });
    }
    for (const el of appendedArticles(state)) {
      const extra = readAppendedArticle(el);
      if (!extra) continue;
      const base = state.article ? pageInfo(state.article) : { url: here() };
      const page: PageInfo = boundPage({
        url: base.url,
        outlet: base.outlet,
        language: base.language,
        title: extra.title,
        published: extra.published,
      });
      const { matches, said } = await send({ type: 'article:more', page, text: extra.text });
      if (current !== state || paused) return;
      state.results = [...state.results, { text: extra, page, matches }];
      await hints.update(state.results, state.key, said);
    }
  });

/**
 * The page changed enough to read it all again: the article we read is gone or now holds another
 * one, or it grew a lot. A new address alone is not enough while the article read is still there
 * and unchanged: infinite-scroll pages move the address along as the reader scrolls into the next
 * story they appended (see `follow`). A page that was not an article is read again when its address
 * changes (a single-page site navigating).
 */
function changed(state: Current | undefined): boolean {
  if (!state) return true;
  const root = state.article?.root;
  if (root === undefined) return state.url !== location.href;
  if (!root.isConnected) return true;
  // Bounded (text-summary.ts): this runs on every settle, and the root may hold a 20 MB text node.
  const { length, opening } = summariseText(root, OPENING_CHARS);
  if (!opening.startsWith(state.opening)) return true;
  const grown = length - state.length;
  return grown >= REGROW_CHARS && grown >= state.length * REGROW_SHARE;
}

function onSettled(): void {
  if (paused) return;
  if (changed(current)) void scan();
  else if (current?.article) void follow(current);
}

function start(): void {
  void scan();
  stopWatching ??= watchForNewArticle(() => true, onSettled);
}

function pause(): void {
  paused = true;
  stopWatching?.();
  stopWatching = undefined;
  current = undefined;
  hints.clear();
  void send({ type: 'article:paused', url: here() }).catch(report);
}

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isPageRequest(message) || paused) return undefined;
  if (message.type === 'page:command') {
    hints.command(message.command);
    return Promise.resolve({ ok: true });
  }
  if (message.type === 'page:highlights') return Promise.resolve(hints.highlights(message.show));
  if (message.type === 'page:scan') return scan(true).then(() => ({ ok: true }));
  return Promise.resolve({ ok: hints.reveal(message.claimId) });
});

// The background says only that the paused sites changed; whether this site is paused, it answers.
onReaderDataChanged('paused', () => {
  void isPausedHere()
    .catch(() => paused)
    .then((now) => {
      if (now && !paused) pause();
      else if (!now && paused) {
        paused = false;
        start();
      }
    });
});

void isPausedHere()
  .catch(() => false)
  .then((isOff) => (isOff ? pause() : start()));
