/**
 * `npm run bench:content`: the content script's main-thread cost in the built extension
 * (dist/chrome), in headless Chromium, on
 *   - a page that is not an article (a shop's category page), target ≤ 1 ms, and
 *   - a generated 10,000-word news article (headline, byline, JSON-LD NewsArticle, ~150
 *     paragraphs, a few of them carrying the Kazakhstan/CSTO claim), target ≤ 16 ms.
 * Cost = the sum of the per-phase timings (detect, extract, highlight) the content script measures
 * with performance.now() and reports to the background, read back from the tab's state (tab:get →
 * timings); they cover its own synchronous work, not the wait for the background's answer. (The
 * content script leaves nothing on the page's performance timeline, so there is nothing to read
 * there.) The highlight phase is the drawing's own main-thread time: its waits (the background's
 * answer on the hints the reader hid, the page's next frame) are left out, as the scan's answer is,
 * and the frames after the first that draw the passages past its budget are counted in.
 * Each page is loaded fresh N times (after one warm-up load); prints median and p90 of the total
 * and of each phase. It never fails on timing.
 *
 *   npm run build:test && npm run bench:content        (N defaults to 15; BENCH_RUNS=30 to change)
 *
 * The build measured is $AFTERWORD_EXTENSION_DIR, else dist/chrome. BENCH_COMPARE_DIR=<another
 * build> measures that one beside it in a second browser, the two loading the page in turn: on a
 * shared machine, only figures taken in the same minutes compare.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchExtension, type ExtensionHarness, type Settled } from '../e2e/support/browser';
import { inTurn } from './in-turn';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const COMPARE_DIR = process.env.BENCH_COMPARE_DIR;
const ARTICLE_WORDS = 10_000;
const ARTICLE_PARAGRAPHS = 150;

/** A small deterministic PRNG (mulberry32), so the generated article is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SUBJECTS = [
  'The ministry',
  'Regional officials',
  'Analysts in Almaty',
  'A senior diplomat',
  'The central bank',
  'Local farmers',
  'Opposition lawmakers',
  'The energy minister',
  'Transport companies',
  'Economists',
  'A spokesperson for the government',
  'Residents of the capital',
  'Border guards',
  'Several European envoys',
  'The parliament’s foreign affairs committee',
  'Industry groups',
  'Teachers’ unions',
  'Independent observers',
  'The railway operator',
  'Exporters of grain',
];
const VERBS = [
  'said',
  'argued',
  'warned',
  'noted',
  'suggested',
  'insisted',
  'acknowledged',
  'told reporters',
  'wrote in a statement',
  'explained',
  'cautioned',
  'estimated',
  'conceded',
  'confirmed on Tuesday',
  'repeated',
];
const CLAUSES = [
  'that the new tariffs would take months to reach consumers',
  'that pipeline capacity along the Caspian route remains the main constraint',
  'that wheat exports rose for a third consecutive quarter',
  'that the budget deficit is expected to narrow next year',
  'that talks with neighbouring states on water sharing had stalled again',
  'that the tenge weakened slightly against the dollar over the summer',
  'that new rail links to China were running ahead of schedule',
  'that inflation in food prices had started to ease in the provinces',
  'that the reform of pension funds would be debated in the autumn session',
  'that the number of labour migrants returning home had doubled',
  'that investment in uranium mining continued to grow despite sanctions elsewhere',
  'that the logistics hub near the border would open before winter',
  'that customs procedures had been simplified for small businesses',
  'that no decision on the new airport terminal had been taken',
  'that coal power would remain part of the energy mix for a decade',
];
const TAILS = [
  'according to figures published this week',
  'in remarks broadcast on state television',
  'during a briefing in Astana',
  'although the details were not made public',
  'citing internal estimates',
  'as the harvest season drew to a close',
  'in an interview with a regional newspaper',
  'without giving a timetable',
  'while urging patience',
  'after a closed-door meeting',
  'in a report seen by this newspaper',
  'on the sidelines of a trade forum',
];
const CONNECTIVES = [
  'Meanwhile,',
  'However,',
  'At the same time,',
  'In contrast,',
  'Separately,',
  'For now,',
  'Still,',
  'By comparison,',
];
const CLAIM_PARAGRAPHS = [
  'Kazakhstan will suspend its membership in the Collective Security Treaty Organization, a Telegram channel reported on Wednesday, citing sources in the government.',
  'The report that Kazakhstan intends to suspend its CSTO membership spread quickly across Russian-language media, although no official document was published.',
  'Several outlets repeated the claim that Astana would leave the CSTO, the Moscow-led military alliance, within weeks.',
  'If Kazakhstan were to withdraw from the CSTO, it would be the first founding member to do so since the alliance took its present form.',
  'Officials in Moscow declined to comment on reports that Kazakhstan is suspending its participation in the Collective Security Treaty Organization.',
  'A member of parliament said the rumours about Kazakhstan quitting the CSTO were not based on any decision he was aware of.',
];

const FACTS = [
  (n: number) => `Output at the largest oil field reached ${500 + n * 3} thousand barrels a day in August.`,
  (n: number) => `Trade with China grew by ${(n / 10).toFixed(1)} per cent in the first half of the year.`,
  (n: number) => `About ${n * 120} people attended the rally in the city centre on Saturday.`,
  (n: number) => `The new highway will cut the journey between the two cities by ${(n % 9) + 2} hours.`,
  (n: number) => `Unemployment stood at ${(4 + n / 100).toFixed(1)} per cent, the statistics agency said.`,
  (n: number) => `Some ${n + 40} companies have applied for the new export credits.`,
  (n: number) => `Why does this matter? Because ${n % 3 === 0 ? 'the harvest' : 'the budget'} depends on it.`,
];

function sentence(rand: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  if (rand() < 0.15) return pick(FACTS)(Math.floor(rand() * 100));
  const subject = pick(SUBJECTS);
  const lead =
    rand() < 0.25 ? `${pick(CONNECTIVES)} ${subject.charAt(0).toLowerCase()}${subject.slice(1)}` : subject;
  const extra = rand() < 0.5 ? `, ${pick(TAILS)}` : '';
  return `${lead} ${pick(VERBS)} ${pick(CLAUSES)}${extra}.`;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A realistic 10,000-word article page: site chrome, headline, byline, JSON-LD, ~150 paragraphs. */
export function articlePage(): string {
  const rand = prng(20220914);
  const claimAt = new Set([2, 27, 58, 91, 120, 143]);
  const parts: string[] = [];
  let total = 0;
  let claim = 0;
  for (let i = 0; i < ARTICLE_PARAGRAPHS; i++) {
    if (i > 0 && i % 25 === 0) parts.push(`<h2>${escapeHtml(sentence(rand).replace(/\.$/, ''))}</h2>`);
    if (i === 40)
      parts.push(
        '<blockquote><p>“We are not in a hurry, and we are not under pressure,” one official said.</p></blockquote>',
      );
    if (i === 70) {
      parts.push(
        '<figure><img alt="" width="640" height="360" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><figcaption>Freight wagons at the Dostyk border crossing. Photo: staff.</figcaption></figure>',
      );
    }
    const sentences: string[] = [];
    if (claimAt.has(i)) sentences.push(CLAIM_PARAGRAPHS[claim++ % CLAIM_PARAGRAPHS.length] as string);
    let count = sentences.reduce((n, s) => n + words(s), 0);
    // Spread the words left over the paragraphs left, ±40 %; the last paragraph takes the remainder.
    const left = ARTICLE_WORDS - total;
    const want =
      i === ARTICLE_PARAGRAPHS - 1 ? left : (left / (ARTICLE_PARAGRAPHS - i)) * (0.6 + rand() * 0.8);
    while (count < want) {
      const s = sentence(rand);
      sentences.push(s);
      count += words(s);
    }
    const text = sentences.join(' ');
    total += words(text);
    parts.push(`<p>${escapeHtml(text)}</p>`);
  }
  const headline = 'Kazakhstan to suspend CSTO membership, Telegram channel claims';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: '2022-09-14T09:30:00+03:00',
    dateModified: '2022-09-14T11:05:00+03:00',
    author: [{ '@type': 'Person', name: 'Aigerim Sadykova' }],
    publisher: { '@type': 'Organization', name: 'The Steppe Courier' },
    inLanguage: 'en',
    wordCount: total,
  };
  const nav = ['World', 'Politics', 'Business', 'Energy', 'Culture', 'Opinion']
    .map((s) => `<li><a href="#${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(headline)} | The Steppe Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(headline)}">
<meta property="og:site_name" content="The Steppe Courier">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2022-09-14T09:30:00+03:00">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
<style>body{font:18px/1.6 Georgia,serif;margin:0}header,footer{background:#f3f3f3;padding:12px}nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}article{max-width:680px;margin:24px auto}aside{max-width:680px;margin:24px auto;font-size:14px}</style>
</head>
<body>
<header><a href="/" class="logo">The Steppe Courier</a><nav><ul>${nav}</ul></nav></header>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
<p class="standfirst">Officials in Astana have not commented on the report, which could not be independently verified.</p>
<p class="byline">By <a rel="author" href="#author">Aigerim Sadykova</a> · <time datetime="2022-09-14T09:30:00+03:00">14 September 2022</time></p>
${parts.join('\n')}
</article>
<aside><h3>Most read</h3><ol><li><a href="#1">Grain prices hold steady</a></li><li><a href="#2">New rail link opens</a></li><li><a href="#3">Elections set for spring</a></li></ol></aside>
</main>
<footer><p>© 2022 The Steppe Courier. All rights reserved.</p></footer>
</body>
</html>
`;
}

/** A page that is plainly not an article: a shop's category listing. */
export function nonArticlePage(): string {
  const rand = prng(7);
  const items = Array.from({ length: 48 }, (_, i) => {
    const price = (5 + rand() * 95).toFixed(2);
    return `<li class="product"><a href="#p${i}"><img alt="" width="160" height="160" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><span class="name">Ceramic mug no. ${i + 1}</span></a><span class="price">€${price}</span><button type="button">Add to basket</button></li>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mugs &amp; cups | Kiln &amp; Co.</title><meta name="viewport" content="width=device-width, initial-scale=1">
<style>ul.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;list-style:none;padding:0}</style></head>
<body>
<header><a href="/">Kiln &amp; Co.</a><nav><a href="#mugs">Mugs</a> <a href="#plates">Plates</a> <a href="#bowls">Bowls</a> <a href="#sale">Sale</a></nav><form><input type="search" placeholder="Search"></form></header>
<main>
<h1>Mugs &amp; cups</h1>
<p>48 products · Free delivery over €50</p>
<label>Sort by <select><option>Popular</option><option>Price</option></select></label>
<ul class="grid">
${items}
</ul>
</main>
<footer><p>Kiln &amp; Co. · Returns · Contact · Privacy</p></footer>
</body>
</html>
`;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

interface Sample {
  total: number;
  byName: Map<string, number>;
  settled: Settled;
  /** Whether the background had the content script's timings for the tab. */
  reported: boolean;
}

/** One fresh load: the per-phase timings the content script reported to the background (tab:get → timings). */
async function measureOnce(harness: ExtensionHarness, file: string): Promise<Sample> {
  const page = await harness.newPage();
  await page.goto(harness.server.url(file), { waitUntil: 'load' });
  const settled = await harness.waitForContentScript(page, { timeoutMs: 8_000 });
  const tab = await harness.tabState(await harness.tabIdOf(page)).catch(() => undefined);
  await page.close();
  const byName = new Map<string, number>();
  const timings = tab && tab.state !== 'idle' ? tab.timings : undefined;
  // The content script's own work; `answer` (waiting for the background) and `shown` (a point in
  // time) are npm run bench:browser's.
  for (const phase of ['detect', 'extract', 'highlight'] as const) {
    const value = timings?.[phase];
    if (typeof value === 'number') byName.set(phase, value);
  }
  const total = [...byName.values()].reduce((sum, v) => sum + v, 0);
  return { total, byName, settled, reported: timings !== undefined };
}

const ms = (n: number) => (Number.isNaN(n) ? '   n/a' : `${n.toFixed(2).padStart(6)} ms`);

/** A build under measurement: its browser and its samples of the page in hand. */
interface Subject {
  name: string;
  harness: ExtensionHarness;
}

function report(name: string, samples: Sample[], targetMs: number): void {
  const totals = samples.map((s) => s.total).sort((a, b) => a - b);
  const median = quantile(totals, 0.5);
  const p90 = quantile(totals, 0.9);
  const verdict = median <= targetMs ? 'within target' : 'OVER TARGET';
  console.log(
    `  ${name}median ${ms(median)}   p90 ${ms(p90)}   min ${ms(totals[0] ?? NaN)}   max ${ms(totals.at(-1) ?? NaN)}   target ≤ ${targetMs} ms (median ${verdict})`,
  );
  const names = [...new Set(samples.flatMap((s) => [...s.byName.keys()]))].sort();
  if (names.length === 0) console.log('  the content script recorded no timings on this page');
  for (const phase of names) {
    const values = samples.map((s) => s.byName.get(phase) ?? 0).sort((a, b) => a - b);
    console.log(
      `    ${phase.padEnd(10)} median ${ms(quantile(values, 0.5))}   p90 ${ms(quantile(values, 0.9))}`,
    );
  }
  const tally = (values: string[]) =>
    [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())]
      .map(([v, n]) => `${v} ×${n}`)
      .join(', ');
  console.log(
    `  timings reported: ${tally(samples.map((s) => (s.reported ? 'yes' : 'no')))}; finished by: ${tally(samples.map((s) => s.settled))}`,
  );
}

async function bench(subjects: Subject[], label: string, file: string, targetMs: number): Promise<void> {
  // Warm-up: first compile of the content script, disk cache.
  for (const { harness } of subjects) await measureOnce(harness, file);
  const samples = await inTurn(subjects, RUNS, (s) => measureOnce(s.harness, file));
  console.log(`\n${label}`);
  subjects.forEach((subject, k) => report(subject.name, samples[k]!, targetMs));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'afterword-bench-'));
  const article = articlePage();
  writeFileSync(join(dir, 'bench-article-10k.html'), article);
  writeFileSync(join(dir, 'bench-not-article.html'), nonArticlePage());
  const articleWords = words(
    article.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' '),
  );
  const harness = await launchExtension({ serveDirs: [dir] });
  const subjects: Subject[] = [{ name: '', harness }];
  try {
    if (COMPARE_DIR) {
      subjects[0]!.name = `${process.env.AFTERWORD_EXTENSION_DIR ?? 'dist/chrome'}: `;
      const other = await launchExtension({ serveDirs: [dir], extensionDir: COMPARE_DIR });
      subjects.push({ name: `${COMPARE_DIR}: `, harness: other });
    }
    console.log(
      `Content-script main-thread time (sum of the phase timings it reports to the background), ${RUNS} fresh loads each, headless Chromium`,
    );
    await bench(subjects, 'Not an article (shop category page)', 'bench-not-article.html', 1);
    await bench(
      subjects,
      `News article, 10,000 words in paragraphs (~${articleWords} words on the page)`,
      'bench-article-10k.html',
      16,
    );
    for (const { name, harness: h } of subjects) {
      const violations = h.network.extensionViolations();
      if (violations.length > 0)
        console.log(
          `\nNetwork requests by the extension ${name}during the benchmark:\n${h.network.describe(violations)}`,
        );
    }
  } finally {
    for (const subject of subjects) await subject.harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run when executed (tsx test/bench/content-script.ts), not when the page generators are imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
