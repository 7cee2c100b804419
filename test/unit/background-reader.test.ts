/**
 * The background's side of the reader's experience, with the browser API replaced at its seam:
 * the look-up, an infinite-scroll page's appended article, a paused site, the in-page card's "more"
 * (the popup where the browser allows it, else a small window), the context menu and the shortcuts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LookupHit, PopupIntent, Responses, ShownMatch, TabState } from '../../src/shared/messages';
import { ACTIVE_TAB_ID, createFakeBrowser, type FakeBrowser } from '../support/fake-browser';
import { defaultDataset } from '../support/dataset';
import { desk, encodeJson, fakeHost } from '../support/dataset-host';
import { pageInfoOf, readPage } from '../support/pages';
import { failOnStorageFallback } from '../support/real-storage';
import { freshWorker } from '../support/fresh-worker';

let fake: FakeBrowser;
async function fresh() {
  freshWorker();
  return import('../../src/background/router');
}

/** A content script in a tab's top frame, and the popup (an extension page): as the browser describes them. */
const fromTab = (id: number, windowId = 1) =>
  ({ tab: { id, windowId }, frameId: 0, url: 'https://news.example/a' }) as never;
const fromPopup = { url: 'chrome-extension://test/src/popup/index.html' } as never;

async function ask<T extends keyof Responses>(
  handle: Awaited<ReturnType<typeof fresh>>['handle'],
  message: unknown,
  sender: never,
): Promise<Responses[T]> {
  const reply = await handle(message, sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Responses[T];
}

beforeEach(() => {
  fake = createFakeBrowser();
});
failOnStorageFallback();

describe('the datasets in use', () => {
  it('are read from IndexedDB: a dataset the reader installed answers the look-up after a worker restart', async () => {
    const host = fakeHost();
    host.serve('desk.json', encodeJson(desk(1)));
    freshWorker();
    const { addSource } = await import('../../src/background/updates/manage');
    const { checkSource } = await import('../../src/background/updates/run');
    const id = await addSource(host.url('desk.json'), undefined);
    expect(
      await checkSource(id, { fetch: host.fetch, sleep: async () => undefined, random: () => 0.5 }),
    ).toMatchObject({ result: 'updated', version: 1 });

    // A new worker: memory gone, the database kept.
    const { handle } = await fresh();
    const { datasets } = await ask<'datasets:list'>(handle, { type: 'datasets:list' }, fromPopup);
    expect(datasets.map((d) => d.id)).toEqual(['afterword-default', 'desk']);
    const { hits } = await ask<'lookup:search'>(
      handle,
      { type: 'lookup:search', query: 'minister resigned' },
      fromPopup,
    );
    expect(hits[0]).toMatchObject({ datasetId: 'desk', claim: { id: 'claim-1' } });
    const { storageProblem } = await import('../../src/background/datasets');
    expect(storageProblem()).toBeUndefined();
  });
});

describe('look-up', () => {
  it('answers with each claim, its dataset and a verdict that is dated, not relative', async () => {
    const { handle } = await fresh();
    const { hits } = await ask<'lookup:search'>(
      handle,
      { type: 'lookup:search', query: 'Tokayev LDNR' },
      fromPopup,
    );
    const first: LookupHit = hits[0]!;
    expect(first.claim.id).toBe('tokayev-refuses-ldnr-recognition');
    expect(first.datasetId).toBe('afterword-default');
    expect(first.datasetAsOf).toBe(defaultDataset.asOf);
    expect(first.verdict).toMatchObject({ status: 'confirmed', relation: 'undated-article', days: null });
    const unconfirmed = (
      await ask<'lookup:search'>(handle, { type: 'lookup:search', query: 'stab in the back' }, fromPopup)
    ).hits[0]!;
    expect(unconfirmed.verdict.status).toBe('unconfirmed');
    expect(await handle({ type: 'lookup:search', query: 42 }, fromPopup)).toEqual({
      ok: false,
      error: 'Refused lookup:search: the query must be text',
    });
    expect(
      (
        await ask<'lookup:search'>(
          handle,
          { type: 'lookup:search', query: 'Kazakhstan', limit: 2 },
          fromPopup,
        )
      ).hits,
    ).toHaveLength(2);
  });

  it('forgives misspelt words and says the spelling that finds more', async () => {
    const { handle } = await fresh();
    const answer = await ask<'lookup:search'>(
      handle,
      { type: 'lookup:search', query: 'assasination putn' },
      fromPopup,
    );
    expect(answer.hits[0]!.claim.id).toBe('putin-assassination-attempt-2022-09-14');
    expect(answer.suggestion).toBe('assassination putin');
    const spelt = await ask<'lookup:search'>(
      handle,
      { type: 'lookup:search', query: 'putin assassination' },
      fromPopup,
    );
    expect(spelt.suggestion).toBeUndefined();
  });
});

describe('an article appended to the page (infinite scroll)', () => {
  const first = readPage('seed-000.html').article!;
  /** The page's first article, scanned in tab 4. */
  const scanFirst = (handle: Awaited<ReturnType<typeof fresh>>['handle']) =>
    ask(
      handle,
      {
        type: 'article:scan',
        page: pageInfoOf('https://news.example/feed', first),
        text: first.text,
        timings: { detect: 0 },
      },
      fromTab(4),
    );

  it('badges the scan’s claims when the page’s timings arrive before the badge was set', async () => {
    const { handle } = await fresh();
    await scanFirst(handle);
    // No wait: the page reports its timings before the task after the answer runs.
    await ask(handle, { type: 'article:highlighted', timings: { detect: 0, highlight: 1 } }, fromTab(4));
    await vi.waitFor(() => expect(fake.badges.get(4)?.text).toBe('3'));
  });

  it('keeps the recount when the next article arrives before the first answer’s badge was set', async () => {
    const { handle } = await fresh();
    const second = readPage('seed-004.html').article!;
    await scanFirst(handle);
    // No wait: the scan's badge, set after its answer, is still to come.
    await ask<'article:more'>(
      handle,
      {
        type: 'article:more',
        page: { url: 'https://news.example/feed', title: second.metadata.title },
        text: second.text,
      },
      fromTab(4),
    );
    await vi.waitFor(() => expect(fake.badges.get(4)?.text).toBe('4'));
    // Whatever was still pending has run: the recount stands.
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.badges.get(4)?.text).toBe('4');
  });

  it('adds its claims to the tab, relative to its own date, and recounts the badge', async () => {
    const { handle } = await fresh();
    await scanFirst(handle);
    // The badge follows the answer.
    await vi.waitFor(() => expect(fake.badges.get(4)?.text).toBe('3'));
    const second = readPage('seed-004.html').article!;
    const page = {
      url: 'https://news.example/feed',
      title: second.metadata.title,
      published: second.metadata.published,
    };
    const { matches, said } = await ask<'article:more'>(
      handle,
      { type: 'article:more', page, text: second.text },
      fromTab(4),
    );
    expect(matches.map((m) => m.claimId)).toContain('kz-am-csto-joint-withdrawal-talks');
    // The count in words covers the page's articles so far, each claim once, as the badge counts them.
    expect(said).toBe('Afterword: 4 tracked claims in this article');
    const state = (await ask<'tab:get'>(handle, { type: 'tab:get', tabId: 4 }, fromPopup)).tab as Extract<
      TabState,
      { state: 'scanned' }
    >;
    const added = state.matches.find((m) => m.claimId === 'kz-am-csto-joint-withdrawal-talks') as ShownMatch;
    expect(added.page?.published).toBe(second.metadata.published);
    expect(added.verdict.relation).toBe('same-day');
    // The claim of the first article keeps its first article's verdict.
    expect(state.matches.find((m) => m.claimId === 'kz-csto-suspension-2023')?.verdict.relation).toBe(
      'after',
    );
    expect(state.page.title).toBe(first.metadata.title);
    expect(fake.badges.get(4)?.text).toBe('4');
  });
});

describe('a paused site', () => {
  it('marks the tab paused and clears its badge', async () => {
    const { handle } = await fresh();
    fake.badges.set(6, { text: '2' });
    await ask(handle, { type: 'article:paused', url: 'https://news.example/a' }, fromTab(6));
    expect((await ask<'tab:get'>(handle, { type: 'tab:get', tabId: 6 }, fromPopup)).tab).toEqual({
      state: 'paused',
      page: { url: 'https://news.example/a' },
    });
    expect(fake.badges.get(6)?.text).toBe('');
  });
});

describe('the in-page card’s "more"', () => {
  it('opens the toolbar popup, which then takes the claim once, for its own tab only', async () => {
    const { handle } = await fresh();
    expect(
      await ask<'card:more'>(handle, { type: 'card:more', claimId: 'kz-eaeu-withdrawal' }, fromTab(7, 3)),
    ).toEqual({ opened: 'popup' });
    expect(fake.opened).toEqual([{ kind: 'popup', windowId: 3 }]);
    const other = await ask<'popup:intent'>(handle, { type: 'popup:intent', tabId: 8 }, fromPopup);
    expect(other.intent).toBeNull();
    await ask(handle, { type: 'card:more', claimId: 'kz-eaeu-withdrawal' }, fromTab(7, 3));
    const intent: PopupIntent | null = (
      await ask<'popup:intent'>(handle, { type: 'popup:intent', tabId: 7 }, fromPopup)
    ).intent;
    expect(intent).toEqual({ kind: 'claim', tabId: 7, claimId: 'kz-eaeu-withdrawal' });
    expect(
      (await ask<'popup:intent'>(handle, { type: 'popup:intent', tabId: 7 }, fromPopup)).intent,
    ).toBeNull();
  });

  it('opens a small window on the claim where the browser refuses to open the popup', async () => {
    fake.popupAllowed.value = false;
    const { handle } = await fresh();
    expect(
      await ask<'card:more'>(handle, { type: 'card:more', claimId: 'kz-eaeu-withdrawal' }, fromTab(7)),
    ).toEqual({ opened: 'window' });
    expect(fake.opened).toEqual([
      { kind: 'window', url: 'chrome-extension://test/src/popup/index.html?tab=7&claim=kz-eaeu-withdrawal' },
    ]);
    // The window carries the claim in its address; nothing is left for the next toolbar popup.
    expect(
      (await ask<'popup:intent'>(handle, { type: 'popup:intent', tabId: 7 }, fromPopup)).intent,
    ).toBeNull();
  });

  it('is refused from anything but a page', async () => {
    const { handle } = await fresh();
    expect(await handle({ type: 'card:more', claimId: 'x' }, fromPopup)).toEqual({
      ok: false,
      error: 'Only a page’s content script (top frame) may send card:more',
    });
  });
});

describe('context menu and shortcuts', () => {
  it('registers its listeners at start, and the menu on install', async () => {
    freshWorker();
    await import('../../src/background/index');
    expect(fake.contextMenus.onClicked.listeners).toHaveLength(1);
    expect(fake.commands.onCommand.listeners).toHaveLength(1);
    fake.runtime.onInstalled.fire({ reason: 'install', temporary: false });
    await vi.waitFor(() =>
      expect(fake.menus).toEqual([
        { id: 'afterword-lookup', title: 'Look up “%s” in Afterword', contexts: ['selection'] },
      ]),
    );
  });

  it('looks the selection up in the popup', async () => {
    freshWorker();
    const { onMenuClicked } = await import('../../src/background/menus');
    const { takeIntent } = await import('../../src/background/intent');
    onMenuClicked(
      { menuItemId: 'afterword-lookup', selectionText: '  Kazakhstan \n will suspend  ' } as never,
      { id: 3, windowId: 2 } as never,
    );
    await vi.waitFor(() => expect(fake.opened).toEqual([{ kind: 'popup', windowId: 2 }]));
    expect(await takeIntent(null)).toEqual({ kind: 'lookup', query: 'Kazakhstan will suspend' });
    onMenuClicked({ menuItemId: 'afterword-lookup', selectionText: '   ' } as never, { id: 3 } as never);
    onMenuClicked({ menuItemId: 'something-else', selectionText: 'x' } as never, { id: 3 } as never);
    expect(fake.opened).toHaveLength(1);
  });

  it('falls back to a window with the query in its address', async () => {
    fake.popupAllowed.value = false;
    freshWorker();
    const { onMenuClicked } = await import('../../src/background/menus');
    onMenuClicked(
      { menuItemId: 'afterword-lookup', selectionText: 'Tokayev & LDNR' } as never,
      { id: 3, windowId: 2 } as never,
    );
    await vi.waitFor(() => expect(fake.opened).toHaveLength(1));
    const url = new URL(fake.opened[0]!.url!);
    expect(fake.opened[0]!.kind).toBe('window');
    expect(url.searchParams.get('lookup')).toBe('Tokayev & LDNR');
    expect(url.searchParams.get('tab')).toBe('3');
  });

  it('passes each shortcut to the tab it was pressed in, and nothing else', async () => {
    freshWorker();
    const { onCommand } = await import('../../src/background/commands');
    await onCommand('next-passage', { id: 5 } as never);
    await onCommand('toggle-highlights', undefined);
    await onCommand('_execute_action', { id: 5 } as never);
    expect(fake.tabMessages).toEqual([
      { tabId: 5, message: { type: 'page:command', command: 'next-passage' } },
      { tabId: ACTIVE_TAB_ID, message: { type: 'page:command', command: 'toggle-highlights' } },
    ]);
  });
});
