import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectPage, readArticle } from '../src/article/read';
import { buildIndex, matchArticle } from '../src/engine/index';
const ds = JSON.parse(readFileSync('public/datasets/default.json', 'utf8'));
const idx = buildIndex([ds]);
for (const f of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(f, 'utf8'));
  const kind = detectPage(document as unknown as Document);
  if (kind !== 'article') {
    console.log('==', f, kind);
    continue;
  }
  const a = readArticle(document as unknown as Document);
  console.log('==', f, JSON.stringify(a.metadata), a.text.length, 'chars');
  if (process.env.SHOW) console.log(a.text);
  for (const m of matchArticle(idx, { text: a.text, ...a.metadata }))
    console.log(' ', m.kind, m.claimId, m.score, m.stance, '|', m.verdict.text, '|', m.sentence.slice(0, 80));
}
