/**
 * Installed versions and the switch between them. The rules that keep a dataset whole:
 *
 * 1. writeVersion() stores a new version (record + bytes + compiled index) in one transaction,
 *    without touching the pointer: until the switch it is invisible.
 * 2. activateVersion() flips the source's pointer in one readwrite transaction: the new version
 *    becomes active, the one it replaces is kept as `previous`, older ones are deleted. IndexedDB
 *    transactions are atomic, so a worker stopped at any moment leaves either the old pointer or
 *    the new one, and both name complete versions.
 * 3. Versions no pointer names (a write whose switch never happened) are garbage; collectGarbage()
 *    removes them when the worker starts.
 */
import { openDatasetsDb, type PayloadRecord, type PointerRecord, type VersionRecord } from './db';

/** The pointer moved since the update read it: another update or a rollback won the race. */
export class PointerMovedError extends Error {
  override name = 'PointerMovedError';
}

export async function writeVersion(version: VersionRecord, payload: PayloadRecord): Promise<void> {
  const tx = (await openDatasetsDb()).transaction(['versions', 'payloads'], 'readwrite');
  await Promise.all([
    tx.objectStore('versions').put(version),
    tx.objectStore('payloads').put(payload),
    tx.done,
  ]);
}

/**
 * Makes `version` the source's active version, if the active version is still `expected` (the one
 * the update was verified against); the replaced version is kept for rollback.
 */
export async function activateVersion(
  sourceId: string,
  version: number,
  expected: number | undefined,
): Promise<void> {
  const tx = (await openDatasetsDb()).transaction(
    ['sources', 'pointers', 'versions', 'payloads'],
    'readwrite',
  );
  const pointers = tx.objectStore('pointers');
  const current = await pointers.get(sourceId);
  // Removed while it was being updated: nothing to switch (the written version is garbage now).
  if (!(await tx.objectStore('sources').get(sourceId))) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new PointerMovedError(`source ${sourceId} was removed during the update`);
  }
  if (current?.active !== expected) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new PointerMovedError(`the active version of ${sourceId} changed during the update`);
  }
  const next: PointerRecord = current
    ? { sourceId, active: version, previous: current.active }
    : { sourceId, active: version };
  await pointers.put(next);
  const keep = new Set([next.active, next.previous]);
  for (const store of ['versions', 'payloads'] as const) {
    const keys = await tx.objectStore(store).index('bySource').getAllKeys(sourceId);
    for (const key of keys) if (!keep.has(key[1])) await tx.objectStore(store).delete(key);
  }
  await tx.done;
}

/**
 * Makes the previous version active again, deletes the one it replaced and marks that one held
 * back (so the next check does not simply install it again), all in one transaction. Returns the
 * versions (`active` now, and the one rolled back), or undefined when there is no previous version.
 */
export async function rollbackVersion(
  sourceId: string,
): Promise<{ active: number; rolledBack: number } | undefined> {
  const tx = (await openDatasetsDb()).transaction(
    ['sources', 'pointers', 'versions', 'payloads'],
    'readwrite',
  );
  const current = await tx.objectStore('pointers').get(sourceId);
  const source = await tx.objectStore('sources').get(sourceId);
  if (current?.previous === undefined || !source) {
    await tx.done;
    return undefined;
  }
  await tx
    .objectStore('sources')
    .put({ ...source, heldBack: Math.max(source.heldBack ?? 0, current.active) });
  await tx.objectStore('pointers').put({ sourceId, active: current.previous });
  await tx.objectStore('versions').delete([sourceId, current.active]);
  await tx.objectStore('payloads').delete([sourceId, current.active]);
  await tx.done;
  return { active: current.previous, rolledBack: current.active };
}

/**
 * Keeps a written version aside instead of switching to it (the mass-change hold): the pointer
 * names it as `held`, the active version stays in use. A version held before is dropped (the
 * newer one replaces it). Refused, like activateVersion, when the active version moved since.
 */
export async function holdVersion(sourceId: string, version: number, expected: number): Promise<void> {
  const tx = (await openDatasetsDb()).transaction(
    ['sources', 'pointers', 'versions', 'payloads'],
    'readwrite',
  );
  const pointers = tx.objectStore('pointers');
  const current = await pointers.get(sourceId);
  if (!(await tx.objectStore('sources').get(sourceId)) || current?.active !== expected) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new PointerMovedError(`the active version of ${sourceId} changed during the update`);
  }
  if (current.held !== undefined && current.held !== version) {
    await tx.objectStore('versions').delete([sourceId, current.held]);
    await tx.objectStore('payloads').delete([sourceId, current.held]);
  }
  await pointers.put({ ...current, held: version });
  await tx.done;
}

/**
 * The reader's answer to a held version, in one transaction: installed, it becomes active and the
 * version in use is kept for rollback; discarded, it is deleted and held back, so the next check
 * does not hold it again (a newer version is checked afresh). Returns the held version, or
 * undefined when there is none (already answered, or replaced).
 */
export async function settleHeld(sourceId: string, install: boolean): Promise<number | undefined> {
  const tx = (await openDatasetsDb()).transaction(
    ['sources', 'pointers', 'versions', 'payloads'],
    'readwrite',
  );
  const current = await tx.objectStore('pointers').get(sourceId);
  const source = await tx.objectStore('sources').get(sourceId);
  const held = current?.held;
  if (!current || held === undefined || !source) {
    await tx.done;
    return undefined;
  }
  const drop = async (version: number) => {
    await tx.objectStore('versions').delete([sourceId, version]);
    await tx.objectStore('payloads').delete([sourceId, version]);
  };
  if (install) {
    await tx.objectStore('pointers').put({ sourceId, active: held, previous: current.active });
    if (current.previous !== undefined) await drop(current.previous);
  } else {
    const { held: _h, ...rest } = current;
    await tx.objectStore('pointers').put(rest);
    await tx.objectStore('sources').put({ ...source, heldBack: Math.max(source.heldBack ?? 0, held) });
    await drop(held);
  }
  await tx.done;
  return held;
}

/** Removes a source with everything it installed, in one transaction. */
export async function deleteSourceData(sourceId: string): Promise<void> {
  const tx = (await openDatasetsDb()).transaction(
    ['sources', 'pointers', 'versions', 'payloads'],
    'readwrite',
  );
  await tx.objectStore('sources').delete(sourceId);
  await tx.objectStore('pointers').delete(sourceId);
  for (const store of ['versions', 'payloads'] as const) {
    const keys = await tx.objectStore(store).index('bySource').getAllKeys(sourceId);
    for (const key of keys) await tx.objectStore(store).delete(key);
  }
  await tx.done;
}

export async function getPointer(sourceId: string): Promise<PointerRecord | undefined> {
  return (await openDatasetsDb()).get('pointers', sourceId);
}

export async function listPointers(): Promise<PointerRecord[]> {
  return (await openDatasetsDb()).getAll('pointers');
}

export async function getVersion(sourceId: string, version: number): Promise<VersionRecord | undefined> {
  return (await openDatasetsDb()).get('versions', [sourceId, version]);
}

export async function getPayload(sourceId: string, version: number): Promise<PayloadRecord | undefined> {
  return (await openDatasetsDb()).get('payloads', [sourceId, version]);
}

/** Stores a rebuilt index for an installed version (after an engine update); a no-op once the version is gone. */
export async function refreshIndex(
  sourceId: string,
  version: number,
  index: Uint8Array,
  indexVersion: number,
): Promise<void> {
  const tx = (await openDatasetsDb()).transaction('payloads', 'readwrite');
  const payload = await tx.store.get([sourceId, version]);
  if (payload) await tx.store.put({ ...payload, index, indexVersion });
  await tx.done;
}

/** Deletes versions and payloads no pointer names; returns how many records went. */
export async function collectGarbage(): Promise<number> {
  const tx = (await openDatasetsDb()).transaction(['pointers', 'versions', 'payloads'], 'readwrite');
  const named = new Set<string>();
  for (const p of await tx.objectStore('pointers').getAll()) {
    named.add(JSON.stringify([p.sourceId, p.active]));
    if (p.previous !== undefined) named.add(JSON.stringify([p.sourceId, p.previous]));
    if (p.held !== undefined) named.add(JSON.stringify([p.sourceId, p.held]));
  }
  let removed = 0;
  for (const store of ['versions', 'payloads'] as const) {
    for (const key of await tx.objectStore(store).getAllKeys()) {
      if (named.has(JSON.stringify(key))) continue;
      await tx.objectStore(store).delete(key);
      removed++;
    }
  }
  await tx.done;
  return removed;
}
