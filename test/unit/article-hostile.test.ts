/**
 * Reading hostile pages: every field the content script sends is held to its limit however big
 * the page makes it (a 20 MB text node, a 10 MB og:title), and the settle check reads a bounded
 * amount of the page. Every page is generated here.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { newArticles } from '../../src/article/appended';
import { boundPage, clipText, PAGE_LIMITS } from '../../src/article/limits';
import { readMetadata } from '../../src/article/metadata';
import { detectPage, readAppendedArticle, readArticle } from '../../src/article/read';
import { buildArticleText, MAX_ARTICLE_CHARS } from '../../src/article/text-map';
import { SUMMARY_MAX_CHARS, summariseText } from '../../src/article/text-summary';

const page = (html: string) =>
  parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;

const LEAD = 'Kazakhstan will suspend its membership in the CSTO, officials said on Wednesday. ';
const HUGE = 20 * 1024 * 1024;

describe('one huge text node', () => {
  it('is read only up to the article budget, and the text still maps back to the page', () => {
    const doc = page('<article><h1>Headline</h1><p id="p"></p><p>After the flood.</p></article>');
    const p = doc.getElementById('p')!;
    p.textContent = LEAD + 'x'.repeat(HUGE);
    const article = readArticle(doc);
    expect(article.text.length).toBe(MAX_ARTICLE_CHARS);
    expect(article.text.startsWith(`Headline\n${LEAD}`)).toBe(true);
    // The paragraph after the flood is never reached: the budget is spent inside the big node.
    expect(article.text).not.toContain('After the flood');
    const at = article.text.indexOf('officials');
    const segment = article.segments.findLast((s) => s.start <= at)!;
    expect(segment.node).toBe(p.firstChild);
    expect(segment.node.data.slice(at - segment.start, at - segment.start + 9)).toBe('officials');
  });

  it('an appended article is held to the same budget', () => {
    const doc = page('<article id="a"><h2>Next story</h2><p id="p"></p></article>');
    doc.getElementById('p')!.textContent = LEAD.repeat(10) + 'y'.repeat(HUGE);
    const extra = readAppendedArticle(doc.getElementById('a')!)!;
    expect(extra.text.length).toBe(MAX_ARTICLE_CHARS);
    expect(extra.title).toBe('Next story');
  });

  it('a white-space node as big is skipped without reading past the budget', () => {
    const doc = page('<article><h1>Headline</h1><p id="p"></p></article>');
    doc.getElementById('p')!.textContent = ' '.repeat(HUGE) + 'words';
    const text = buildArticleText(doc.querySelector('article')!).text;
    expect(text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(text.startsWith('Headline\n')).toBe(true);
  });
});

describe('metadata a page blows up', () => {
  it('a 10 MB og:title is cut to a headline’s length; its start is kept', () => {
    const doc = page('<article><h1>Short</h1><p>text</p></article>');
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'og:title');
    meta.setAttribute('content', `Kazakhstan suspends CSTO membership ${'z'.repeat(10.5 * 1024 * 1024)}`);
    doc.head.append(meta);
    const title = readMetadata(doc).title!;
    expect(title.length).toBe(PAGE_LIMITS.titleChars);
    expect(title.startsWith('Kazakhstan suspends CSTO membership')).toBe(true);
  });

  it('a huge site name is cut; a date or language tag too long to be one is left out', () => {
    const doc = page('<article><h1>Headline</h1><p>text</p></article>');
    doc.documentElement.setAttribute('lang', 'en-' + 'x'.repeat(5_000));
    for (const [property, content] of [
      ['og:site_name', 'News '.repeat(100_000)],
      ['article:published_time', '2022-09-14'.repeat(100_000)],
    ]) {
      const meta = doc.createElement('meta');
      meta.setAttribute('property', property!);
      meta.setAttribute('content', content!);
      doc.head.append(meta);
    }
    const read = readMetadata(doc);
    expect(read.outlet!.length).toBeLessThanOrEqual(PAGE_LIMITS.outletChars);
    expect(read.outlet!.startsWith('News News')).toBe(true);
    expect(read.published).toBeUndefined();
    expect(read.language).toBeUndefined();
    expect(read.title).toBe('Headline');
  });

  it('boundPage holds every field of what is sent to its limit', () => {
    const bounded = boundPage({
      url: `https://news.example/a#${'f'.repeat(2 * 1024 * 1024)}`,
      title: 't'.repeat(5_000),
      outlet: 'o'.repeat(5_000),
      published: '2'.repeat(500),
      language: 'l'.repeat(500),
    });
    expect(bounded.url.length).toBe(PAGE_LIMITS.urlChars);
    expect(bounded.url.startsWith('https://news.example/a#')).toBe(true);
    expect(bounded.title!.length).toBe(PAGE_LIMITS.titleChars);
    expect(bounded.outlet!.length).toBe(PAGE_LIMITS.outletChars);
    expect(bounded).not.toHaveProperty('published');
    expect(bounded).not.toHaveProperty('language');
    const fine = {
      url: 'https://news.example/a',
      title: 'Headline',
      published: '2022-09-14',
      language: 'en',
    };
    expect(boundPage(fine)).toEqual(fine);
  });

  it('never cuts a character in half', () => {
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('ab😀', 4)).toBe('ab😀');
  });
});

describe('the settle check’s reading of the root', () => {
  it('gives the start and the length of the root’s text, as textContent would', () => {
    const doc = page('<article><h1>Head</h1><p>One <b>two</b> three.</p><p>Four.</p></article>');
    const root = doc.querySelector('article')!;
    const text = root.textContent!;
    expect(summariseText(root, 200)).toEqual({ opening: text, length: text.length });
    expect(summariseText(root, 6)).toEqual({ opening: text.slice(0, 6), length: text.length });
  });

  it('counts a 20 MB text node by its length, up to its limit', () => {
    const doc = page('<article><p id="p"></p></article>');
    doc.getElementById('p')!.textContent = LEAD + 'x'.repeat(HUGE);
    const summary = summariseText(doc.querySelector('article')!, 200);
    expect(summary.opening).toBe((LEAD + 'x'.repeat(200)).slice(0, 200));
    expect(summary.length).toBe(SUMMARY_MAX_CHARS);
  });
});

describe('markup built to make detection and reading slow or crash', () => {
  const ldScript = (doc: Document, json: string) => {
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = json;
    doc.head.append(script);
  };

  it('144k characters of unclosed "@type" arrays in JSON-LD: read for what they say, not searched', () => {
    // Each `"@type":[` without its "]" made the old pattern scan to the block's end, once per opening.
    const bait = '"@type":['.repeat(16_000);
    const doc = page('<p>A shop page.</p>');
    ldScript(
      doc,
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'WebPage', description: bait }),
    );
    expect(doc.querySelector('script')!.textContent!.length).toBeGreaterThan(144_000);
    expect(detectPage(doc)).toBe('not-article');

    const news = page('<p>A news page.</p>');
    ldScript(
      news,
      JSON.stringify({
        '@graph': [{ '@type': 'WebPage', description: bait, mainEntity: { '@type': ['NewsArticle'] } }],
      }),
    );
    expect(detectPage(news)).toBe('article');
  });

  it('JSON-LD broken by raw line breaks in its strings still says what the page is', () => {
    const doc = page('<p>text</p>');
    ldScript(doc, '{"@type": "NewsArticle", "headline": "Two\nlines"}');
    expect(detectPage(doc)).toBe('article');
    expect(readMetadata(doc).title).toBe('Two lines');
  });

  it('a tree 50,000 elements deep is read without overflowing the stack', () => {
    const doc = page('<article id="a"><h1>Deep</h1></article>');
    let at: Element = doc.getElementById('a')!;
    for (let i = 0; i < 50_000; i++) at = at.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    at.textContent = LEAD;
    const article = readArticle(doc);
    expect(article.text).toBe(`Deep\n${LEAD}\n`);
    expect(summariseText(doc.getElementById('a')!, 10)).toEqual({
      opening: 'Deep' + LEAD.slice(0, 6),
      length: 4 + LEAD.length,
    });
  });

  it('100,000 paragraphs: the text is read in order up to its budget', () => {
    const doc = page('<article id="a"><h1>Long</h1></article>');
    const a = doc.getElementById('a')!;
    for (let i = 0; i < 100_000; i++) {
      const p = doc.createElement('p');
      p.textContent = `Paragraph ${i}.`;
      a.append(p);
    }
    const article = readArticle(doc);
    expect(article.text.startsWith('Long\nParagraph 0.\nParagraph 1.\n')).toBe(true);
    expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(article.text).toContain('\nParagraph 20000.\n');
    expect(article.segments[1]!.node.data).toBe('Paragraph 0.');
  });

  it('<p> elements a script nested 50,000 deep: the page is weighed and read in one pass each', () => {
    // Summing each paragraph's textContent read the text again for every <p> around it: the square
    // of the page: over five minutes for this one (linkedom, in Node).
    const doc = page('<main id="m"><h1>Nested paragraphs</h1></main>');
    let at: Element = doc.getElementById('m')!;
    for (let i = 0; i < 50_000; i++) {
      at = at.appendChild(doc.createElement('p'));
      at.append('word ');
    }
    const article = readArticle(doc);
    expect(article.root.id).toBe('m');
    expect(article.text.startsWith('Nested paragraphs\nword \nword \nword \n')).toBe(true);
    expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(readAppendedArticle(doc.getElementById('m')!)?.title).toBe('Nested paragraphs');
  });

  it('nested paragraphs count their text once: a teaser made of them does not outweigh the story', () => {
    const doc = page(
      `<article id="story"><h1>Kazakhstan suspends CSTO membership</h1>${`<p>${LEAD}</p>`.repeat(10)}</article>` +
        '<article id="teaser"><h2>Related</h2></article>',
    );
    // 15 paragraphs of 20 characters, each inside the one before: 300 characters, too few for an
    // article of its own, against the story's 820; counted once per enclosing <p>, they were 2,400.
    let at: Element = doc.getElementById('teaser')!;
    for (let i = 0; i < 15; i++) {
      at = at.appendChild(doc.createElement('p'));
      at.append('More news from Asia.');
    }
    expect(readArticle(doc).root.id).toBe('story');
    expect(readAppendedArticle(doc.getElementById('teaser')!)).toBeNull();
  });

  it('100,000 nested <article> elements: the outermost, which holds the text, is the root', () => {
    const doc = page('<main id="m"><h1>Nested</h1></main>');
    let at: Element = doc.getElementById('m')!;
    for (let i = 0; i < 100_000; i++) at = at.appendChild(doc.createElement('article'));
    const p = doc.createElement('p');
    p.textContent = LEAD.repeat(5);
    at.append(p);
    const article = readArticle(doc);
    expect(article.root.tagName).toBe('ARTICLE');
    expect(article.root.parentElement!.id).toBe('m');
    expect(article.text).toContain(LEAD.trim());
  });
});

describe('articles a page adds after the first read', () => {
  it('are the unseen ones outside the article read and around it, at most the room left', () => {
    const doc = page(
      '<div id="feed"><article id="read"><h1>Story</h1><p>Text.</p></article>' +
        '<article id="next"><h2>Next story</h2></article><article id="after"></article></div>',
    );
    const root = doc.getElementById('read')!;
    const seen = new WeakSet<Element>([root]);
    // A script nests 1,000 articles inside the one read, and wraps the feed in another.
    let at: Element = root;
    for (let i = 0; i < 1_000; i++) at = at.appendChild(doc.createElement('article'));
    const wrapper = doc.createElement('article');
    doc.body.append(wrapper);
    wrapper.append(doc.getElementById('feed')!);
    const articles = () => doc.getElementsByTagName('article');

    expect(newArticles(articles(), root, seen, 1).map((el) => el.id)).toEqual(['next']);
    // Every article looked at is seen, the ones skipped too: the next call starts after them.
    expect(newArticles(articles(), root, seen, 5).map((el) => el.id)).toEqual(['after']);
    expect(newArticles(articles(), root, seen, 5)).toEqual([]);
    expect(seen.has(wrapper) && seen.has(at)).toBe(true);
    // Before any article is read, every unseen one is new.
    expect(newArticles(articles(), undefined, new WeakSet(), 3)).toHaveLength(3);
  });
});
