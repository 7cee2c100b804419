/**
 * `afterword dataset …` end to end in a temporary folder: every command's output and exit code,
 * and every failure naming the file, the JSON path and the problem.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { DEFAULT_DATASET_PATH, defaultDataset } from '../support/dataset';
import { sampleDataset, type LooseJson } from '../support/dataset-samples';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'datasets', 'factcheck-api-sample.json');
let dir: string;
const at = (name: string) => join(dir, name);

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['dataset', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bundled dataset's version and data date, as its file gives them. */
const V = defaultDataset.version;
const AS_OF = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${defaultDataset.asOf}T00:00:00Z`));

describe('validate', () => {
  it('passes the bundled dataset', async () => {
    expect(await run('validate', DEFAULT_DATASET_PATH)).toEqual({
      code: 0,
      out: [`${DEFAULT_DATASET_PATH}: valid afterword-default version ${V}, 6 claims, 11 events`],
      err: [],
    });
  });

  it('lists each problem as FILE: PATH: PROBLEM and exits 1', async () => {
    const d = sampleDataset() as LooseJson;
    d.version = '2';
    d.claims[0].events[0].date = '2024-02-30';
    d.claims[0].events[0].source.url = 'javascript:alert(1)';
    writeFileSync(at('bad.json'), JSON.stringify(d));
    const r = await run('validate', at('bad.json'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `${at('bad.json')}: $.version: must be a number`,
      `${at('bad.json')}: $.claims[0].events[0].date: must be a real date: YYYY-MM-DD, optionally with a time (YYYY-MM-DDTHH:MM[:SS]Z or ±HH:MM); YYYY-MM or YYYY only when the source gives no day`,
      `${at('bad.json')}: $.claims[0].events[0].source.url: must be an https:// URL, not javascript:`,
    ]);
  });

  it('refuses broken JSON, a missing file and a 200 MB file (from its size, unread)', async () => {
    writeFileSync(at('truncated.json'), '{"format": "afterword-dataset", "claims": [');
    expect((await run('validate', at('truncated.json'))).err).toEqual([
      `${at('truncated.json')}: $: is not valid JSON: the file ends in the middle of a value (is it truncated?)`,
    ]);
    expect((await run('validate', at('missing.json'))).err).toEqual([
      `${at('missing.json')}: $: cannot be read (ENOENT)`,
    ]);
    writeFileSync(at('huge.json'), '');
    truncateSync(at('huge.json'), 200 * 1024 * 1024); // sparse: no disk space, no bytes to read
    expect(statSync(at('huge.json')).blocks).toBeLessThan(1024);
    const r = await run('validate', at('huge.json'));
    expect(r).toEqual({
      code: 1,
      out: [],
      err: [`${at('huge.json')}: $: is 200.0 MiB; the limit is 128.0 MiB`],
    });
  });

  it('checks several files, each on its own, and exits 1 if any fails', async () => {
    writeFileSync(at('ok.json'), JSON.stringify(sampleDataset()));
    writeFileSync(at('no-claims.json'), JSON.stringify({ ...sampleDataset(), claims: undefined }));
    const r = await run(
      'validate',
      at('gone.json'),
      DEFAULT_DATASET_PATH,
      at('no-claims.json'),
      at('ok.json'),
    );
    expect(r).toEqual({
      code: 1,
      out: [
        `${DEFAULT_DATASET_PATH}: valid afterword-default version ${V}, 6 claims, 11 events`,
        `${at('ok.json')}: valid sample version 1, 1 claim, 2 events`,
      ],
      err: [
        `${at('gone.json')}: $: cannot be read (ENOENT)`,
        `${at('no-claims.json')}: $.claims: is required`,
      ],
    });
    expect(await run('validate', DEFAULT_DATASET_PATH, at('ok.json'))).toMatchObject({ code: 0, err: [] });
  });
});

describe('import', () => {
  it('imports the Fact Check Tools sample into a valid dataset', async () => {
    const r = await run(
      'import',
      '--from',
      'factcheck-api',
      SAMPLE,
      '-o',
      at('api.json'),
      '--as-of',
      '2026-11-24',
      '--publisher',
      'Tester',
    );
    expect(r).toEqual({
      code: 0,
      out: [`${at('api.json')}: 10 claims imported from ${SAMPLE} (0 items skipped)`],
      err: [],
    });
    const d = JSON.parse(readFileSync(at('api.json'), 'utf8'));
    expect(d).toMatchObject({
      id: 'api',
      version: 1,
      asOf: '2026-11-24',
      publisher: { name: 'Tester' },
      license: { id: 'NOASSERTION' },
      title: 'Imported from factcheck-api-sample.json',
    });
    expect((await run('validate', at('api.json'))).code).toBe(0);
  });

  it('reports skipped lines, grouped by reason, and still writes what it could', async () => {
    writeFileSync(
      at('claims.jsonl'),
      ['{"id": "a", "claim": "A", "date": "2020-01-01"}', '{"id": "b"}', 'nope'].join('\n'),
    );
    const r = await run(
      'import',
      '--from',
      'jsonl',
      at('claims.jsonl'),
      '-o',
      at('claims.json'),
      '--outlet',
      'Desk',
      '--language',
      'en',
    );
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      `${at('claims.jsonl')}: skipped 2 items:`,
      '  1 × no "claim" text',
      expect.stringMatching(/^ {2}1 × is not valid JSON: /),
      `${at('claims.jsonl')}: line 2: no "claim" text`,
      expect.stringMatching(new RegExp(`^${at('claims.jsonl')}: line 3: is not valid JSON: `)),
    ]);
    expect(r.out).toEqual([
      `${at('claims.json')}: 1 claim imported from ${at('claims.jsonl')} (2 items skipped)`,
    ]);
  });

  it('exits 1 with nothing to import, and 2 on a usage mistake', async () => {
    writeFileSync(at('empty.jsonl'), '\n');
    expect(await run('import', '--from', 'jsonl', at('empty.jsonl'), '-o', at('empty.json'))).toEqual({
      code: 1,
      out: [],
      err: [`${at('empty.jsonl')}: no claims to import; nothing written`],
    });
    const usage = await run('import', '--from', 'csv', at('empty.jsonl'), '-o', at('x.json'));
    expect(usage.code).toBe(2);
    expect(usage.err[0]).toBe(
      'afterword dataset import: --from must be one of claimreview, factcheck-api, jsonl',
    );
    expect(
      (await run('import', '--from', 'jsonl', at('empty.jsonl'), '-o', at('x.json'), '--as-of', '2024-02-30'))
        .err[0],
    ).toMatch(/--as-of must be a real date/);
    expect(
      (
        await run(
          'import',
          '--from',
          'jsonl',
          at('empty.jsonl'),
          '-o',
          at('x.json'),
          '--publisher-url',
          'http://desk.example/',
        )
      ).err[0],
    ).toBe('afterword dataset import: --publisher-url must be an https:// URL (http:// only for localhost)');
    const unwritable = await run('import', '--from', 'factcheck-api', SAMPLE, '-o', dir);
    expect(unwritable).toEqual({
      code: 1,
      out: [],
      err: [`afterword: EISDIR: illegal operation on a directory, open '${dir}'`],
    });
  });

  it('names the JSON path when a ClaimReview file is hostile', async () => {
    writeFileSync(at('proto.jsonld'), '{"@graph": [{"@type": "ClaimReview", "__proto__": {}}]}');
    expect(
      (await run('import', '--from', 'claimreview', at('proto.jsonld'), '-o', at('p.json'))).err,
    ).toEqual([
      `${at('proto.jsonld')}: $["@graph"][0].__proto__: is a key reserved by JavaScript ("__proto__", "constructor", "prototype") and not a field of the format`,
    ]);
  });
});

describe('build, keygen, sign, verify', () => {
  it('builds the compiled files', async () => {
    const r = await run('build', DEFAULT_DATASET_PATH, '-o', at('dist'));
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(at('dist/afterword-default.manifest.json'), 'utf8'));
    expect(r.out).toEqual([
      `${at('dist/afterword-default.json')}: afterword-default version ${V}, 6 claims, ${manifest.bytes.toLocaleString('en-US')} bytes, sha256 ${manifest.sha256}`,
    ]);
  });

  it('signs a file and verifies it; refuses it once changed, or with an unknown key', async () => {
    const keygen = await run('keygen', '-o', at('publisher'));
    expect(keygen.code).toBe(0);
    expect(statSync(at('publisher.key')).mode & 0o777).toBe(0o600);
    expect((await run('keygen', '-o', at('publisher'))).code).toBe(2);
    await run('keygen', '-o', at('stranger'));

    writeFileSync(at('signed.json'), readFileSync(DEFAULT_DATASET_PATH));
    const sign = await run('sign', '--key', at('publisher.key'), at('signed.json'));
    const keyId = JSON.parse(readFileSync(at('publisher.pub'), 'utf8')).keyId;
    expect(sign.out).toEqual([`${at('signed.json.sig')}: signature of ${at('signed.json')} by key ${keyId}`]);
    expect(await run('verify', '--pubkey', at('publisher.pub'), at('signed.json'))).toEqual({
      code: 0,
      out: [`${at('signed.json')}: good signature by key ${keyId}`],
      err: [],
    });

    const stranger = await run('verify', '--pubkey', at('stranger.pub'), at('signed.json'));
    expect(stranger.code).toBe(1);
    expect(stranger.err[0]).toMatch(
      new RegExp(`^${at('signed.json.sig')}: \\$\\.keyId: names key ${keyId}, which is not a trusted key`),
    );

    writeFileSync(at('signed.json'), readFileSync(DEFAULT_DATASET_PATH, 'utf8') + ' ');
    expect(
      (
        await run(
          'verify',
          '--pubkey',
          at('stranger.pub'),
          '--pubkey',
          at('publisher.pub'),
          at('signed.json'),
        )
      ).err,
    ).toEqual([
      `${at('signed.json.sig')}: $.signature: does not match these bytes: the file was changed after signing, or the signature is for another file`,
    ]);
  });
});

describe('diff and stats', () => {
  it('diffs two versions', async () => {
    const d = JSON.parse(readFileSync(DEFAULT_DATASET_PATH, 'utf8'));
    const talk = d.claims.find((c: LooseJson) => c.id === 'russia-kz-betrayal-stab-in-back');
    talk.events.push({ date: '2024-06-01', type: 'denied', source: { outlet: 'Wire' } });
    d.version = V + 1;
    writeFileSync(at('v2.json'), JSON.stringify(d));
    const r = await run('diff', DEFAULT_DATASET_PATH, at('v2.json'));
    expect(r.out).toEqual([
      `afterword-default: version ${V} → ${V + 1}, data as of ${AS_OF} → ${AS_OF}`,
      '1 claim newly denied',
      expect.stringMatching(/^ {2}russia-kz-betrayal-stab-in-back: “.*” \(was unconfirmed\)$/),
    ]);
  });

  it('describes a dataset, or gives the numbers as JSON', async () => {
    expect((await run('stats', DEFAULT_DATASET_PATH)).out[1]).toMatch(/^6 claims, 11 events, [\d,]+ bytes$/);
    const json = JSON.parse((await run('stats', DEFAULT_DATASET_PATH, '--json')).out.join('\n'));
    expect(json).toMatchObject({ id: 'afterword-default', claims: 6, events: 11 });
  });
});

describe('the command table', () => {
  it('lists commands and exits 2 on an unknown one', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('afterword dataset: unknown command "frobnicate"');
    expect(r.err.join('\n')).toMatch(/validate .*\n.*import/);
    expect((await run('validate', '--help')).code).toBe(0);
  });

  it('runs as the package’s bin, src/cli/bin.mjs: its output, its errors and its exit code', async () => {
    // One process for both streams and the code: each start of the bin compiles the CLI anew.
    const failed = await promisify(execFile)(process.execPath, [
      join(ROOT, 'src', 'cli', 'bin.mjs'),
      'dataset',
      'validate',
      DEFAULT_DATASET_PATH,
      join(ROOT, 'package.json'),
    ]).catch((e: unknown) => e as { code: number; stdout: string; stderr: string });
    expect(failed).toMatchObject({
      code: 1,
      stdout: `${DEFAULT_DATASET_PATH}: valid afterword-default version ${V}, 6 claims, 11 events\n`,
    });
    expect(failed.stderr).toMatch(/package\.json: \$\.format: is required/);
  }, 30_000);
});
