/**
 * test/support/fresh-worker.ts reaches into vitest's module registry, which vitest does not
 * promise to keep: these tests fail if a new worker keeps the old one's state (the background, the
 * shared storage code, the UI's language) or reloads what it keeps.
 */
import { describe, expect, it } from 'vitest';
import { createFakeBrowser } from '../support/fake-browser';
import { freshWorker } from '../support/fresh-worker';

describe('a new worker (freshWorker)', () => {
  it("loads the extension's own modules anew: the background, storage and the UI's language", async () => {
    createFakeBrowser();
    const router = await import('../../src/background/router');
    const storage = await import('../../src/shared/storage');
    const catalogue = await import('../../src/ui/catalogue');
    catalogue.useMessages({ uiLanguage: () => 'ru', message: () => 'по-русски' });
    expect(catalogue.t('popupLoading')).toBe('по-русски');

    const { reset } = freshWorker();
    expect(reset).toBeGreaterThan(0);
    expect(await import('../../src/background/router')).not.toBe(router);
    expect(await import('../../src/shared/storage')).not.toBe(storage);
    const fresh = await import('../../src/ui/catalogue');
    expect(fresh).not.toBe(catalogue);
    expect(fresh.t('popupLoading')).not.toBe('по-русски');
  });

  it('keeps the engine, the dataset code, the support modules and the data, which hold no state of a worker', async () => {
    const engine = await import('../../src/engine/index');
    const parse = await import('../../src/dataset/parse');
    const fakes = await import('../support/fake-browser');
    const english = await import('../../src/ui/messages-en');
    const englishFeed = await import('../../src/ui/messages-en-feed');
    const bundled = await import('../../public/datasets/default.json');
    const { kept } = freshWorker();
    expect(kept).toBeGreaterThan(0);
    expect(await import('../../src/engine/index')).toBe(engine);
    expect(await import('../../src/dataset/parse')).toBe(parse);
    expect(await import('../support/fake-browser')).toBe(fakes);
    expect(await import('../../src/ui/messages-en')).toBe(english);
    expect(await import('../../src/ui/messages-en-feed')).toBe(englishFeed);
    expect(await import('../../public/datasets/default.json')).toBe(bundled);
  });
});
