/**
 * The content script: decide cheaply whether this is an article, read it, ask the background to
 * match it, highlight what comes back. Never throws into the page; nothing of the page leaves
 * the browser (the background matches locally).
 */
import { detectPage, readArticle, type ReadArticle } from '../article/read';
import type { PageInfo } from '../shared/messages';
import { send } from '../shared/send';
import { clearHighlights, paintHighlights } from './highlight';
import { watchForNewArticle } from './watch';

let current: { url: string; article?: ReadArticle } | undefined;
let scanning = false;

function pageInfo(article: ReadArticle): PageInfo {
  const { title, published, outlet, language } = article.metadata;
  return { url: location.href, title, published, outlet, language };
}

async function scan(): Promise<void> {
  if (scanning) return;
  scanning = true;
  try {
    const t0 = performance.now();
    const kind = detectPage(document);
    const detect = performance.now() - t0;
    if (kind !== 'article') {
      const wasArticle = current?.article !== undefined;
      current = { url: location.href };
      if (wasArticle) clearHighlights();
      await send({ type: 'article:none', url: location.href, timings: { detect } });
      return;
    }
    const t1 = performance.now();
    const article = readArticle(document);
    const extract = performance.now() - t1;
    current = { url: location.href, article };
    const { matches } = await send({ type: 'article:scan', page: pageInfo(article), text: article.text, timings: { detect, extract } });
    const t2 = performance.now();
    if (current.article === article) paintHighlights(document, article, matches);
    const highlight = performance.now() - t2;
    await send({ type: 'article:highlighted', timings: { detect, extract, highlight } });
  } catch (error) {
    // The page must never notice us; a disconnected background (extension updated) is not an error.
    if (!String(error).includes('Extension context invalidated')) console.debug('Afterword:', error);
  } finally {
    scanning = false;
  }
}

function changed(): boolean {
  if (!current) return true;
  if (current.url !== location.href) return true;
  const root = current.article?.root;
  return root !== undefined && !root.isConnected;
}

void scan();
watchForNewArticle(changed, () => void scan());
