/**
 * `afterword outlets`: the outlets of the datasets with their records, found by host, handle or
 * name, as text and as JSON; and bad input — a dataset that cannot be read, a query that matches nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outletsCommand } from '../../src/cli/outlets';
import { sampleDataset } from '../support/dataset-samples';

let dir: string;
const at = (name: string) => join(dir, name);

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await outletsCommand.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'afterword-outlets-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('afterword outlets', () => {
  it('lists the default dataset’s outlets with their records', async () => {
    const { code, out, err } = await run();
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const ewn = out.indexOf('Euro Weekly News (news, id euro-weekly-news): euroweeklynews.com');
    expect(ewn).toBeGreaterThanOrEqual(0);
    expect(out.slice(ewn + 1, ewn + 4)).toEqual([
      '  reported 2 claims: 2 later denied; afterwards it reported the outcome of 1',
      '  14 Sep 2022  kz-csto-suspension-2023: later denied on 15 Sep 2022, 1 day after its report; it later reported the outcome',
      '  14 Sep 2022  putin-assassination-attempt-2022-09-14: later denied on 15 Sep 2022, 1 day after its report',
    ]);
    expect(out).toContain('@yellow_folder (telegram, id yellow-folder): @yellow_folder');
    expect(out).toContain('TASS (agency, id tass): tass.com');
  });

  it('finds an outlet by host, address, handle or name, and prints its record as JSON', async () => {
    for (const query of [
      'euroweeklynews.com',
      'https://www.euroweeklynews.com/2022/09/14/x/',
      'The Euro Weekly News',
    ]) {
      const { code, out } = await run('--json', query);
      expect(code, query).toBe(0);
      expect(
        out.map((l) => JSON.parse(l).id),
        query,
      ).toEqual(['euro-weekly-news']);
    }
    const { out } = await run('--json', '@Yellow_Folder');
    const channel = JSON.parse(out[0]!);
    expect(channel).toMatchObject({
      id: 'yellow-folder',
      name: '@yellow_folder',
      kind: 'telegram',
      handles: ['@yellow_folder'],
      datasets: [{ datasetId: 'afterword-default', outletId: 'yellow-folder' }],
      record: { reported: 1, denied: 1, reportedOutcome: 0, corrected: 0, retracted: 0 },
    });
    expect(channel.record.claims).toEqual([
      {
        datasetId: 'afterword-default',
        claimId: 'kz-csto-suspension-2023',
        status: 'denied',
        reportedOn: '2022-09-14',
        decidedOn: '2022-09-15',
        days: 1,
        followUp: null,
      },
    ]);
  });

  it('says so when no outlet matches, or the datasets list none, and exits 1', async () => {
    expect(await run('nothing.example')).toEqual({
      code: 1,
      out: [],
      err: [
        'afterword outlets: no outlet matches "nothing.example" (a host, a handle such as @name, or a name)',
      ],
    });
    writeFileSync(at('v1.json'), JSON.stringify(sampleDataset()));
    expect((await run('--dataset', at('v1.json'))).err).toEqual([
      'afterword outlets: the datasets list no outlets (outlets came with dataset format 1.1)',
    ]);
  });

  it('reads several datasets, merging their outlets by id and domain', async () => {
    const extra = {
      ...sampleDataset(),
      id: 'extra',
      formatVersion: 1.1,
      outlets: [
        {
          id: 'ewn',
          name: 'EWN',
          kind: 'news',
          domains: ['euroweeklynews.com'],
          handles: ['@EWNews'],
          aliases: [],
        },
      ],
    };
    extra.claims[0]!.events[0]!.source = { outlet: 'EWN', outletId: 'ewn' };
    writeFileSync(at('extra.json'), JSON.stringify(extra));
    const { code, out } = await run(
      '--json',
      '--dataset',
      join(import.meta.dirname, '..', '..', 'public', 'datasets', 'default.json'),
      '--dataset',
      at('extra.json'),
      '@ewnews',
    );
    expect(code).toBe(0);
    const ewn = JSON.parse(out[0]!);
    expect(ewn).toMatchObject({
      id: 'euro-weekly-news',
      handles: ['@EWNews'],
      record: { reported: 3, denied: 3 },
    });
    expect(ewn.datasets).toEqual([
      { datasetId: 'afterword-default', outletId: 'euro-weekly-news' },
      { datasetId: 'extra', outletId: 'ewn' },
    ]);
  });

  it('names a dataset that cannot be read, and exits 1', async () => {
    writeFileSync(at('broken.json'), '{"format":');
    const { code, err } = await run('--dataset', at('broken.json'));
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^afterword outlets: .*broken\.json/);
  });
});

describe('afterword match --url', () => {
  const seed = join(import.meta.dirname, '..', 'fixtures', 'pages', 'seed-000.html');

  async function main(...args: string[]) {
    const { main: run } = await import('../../src/cli/main');
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  it('names the outlet at the article’s address, with its record, in the JSON of each file', async () => {
    const url =
      'https://www.euroweeklynews.com/2022/09/14/kazakhstan-will-suspend-its-membership-in-russia-led-csto-within-months/';
    const { code, out, err } = await main('match', '--json', '--url', url, seed);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const json = JSON.parse(out[0]!);
    expect(json.outlet).toMatchObject({
      id: 'euro-weekly-news',
      name: 'Euro Weekly News',
      kind: 'news',
      record: { reported: 2, denied: 2, reportedOutcome: 1 },
    });
    expect(json.outlet.record.claims.map((c: { claimId: string }) => c.claimId)).toEqual([
      'kz-csto-suspension-2023',
      'putin-assassination-attempt-2022-09-14',
    ]);
  });

  it('finds a Telegram channel by the handle in its address, and says so in the text', async () => {
    const { out } = await main('match', '--url', 'https://t.me/s/yellow_folder/1', seed);
    expect(out[1]).toBe('  outlet: @yellow_folder (telegram), reported 1 claim: 1 later denied');
  });

  it('names no outlet without --url, or at an address no dataset lists', async () => {
    expect(JSON.parse((await main('match', '--json', seed)).out[0]!).outlet).toBeNull();
    const unknown = await main('match', '--json', '--url', 'https://unknown.example/a', seed);
    expect(JSON.parse(unknown.out[0]!).outlet).toBeNull();
  });

  it('refuses an address that is not one, as a usage mistake', async () => {
    const { code, err } = await main('match', '--url', 'euroweeklynews', seed);
    expect(code).toBe(2);
    expect(err[0]).toBe('afterword match: --url "euroweeklynews" is not an absolute address (https://…)');
  });

  it('is a command of the table, with its help', async () => {
    const { code, out } = await main('outlets', '--help');
    expect(code).toBe(0);
    expect(out[0]).toBe('usage: afterword outlets [--dataset FILE]... [--json] [QUERY]');
  });
});
