/**
 * Claim ids → positions in an index: an open-addressing table of positions by the id's hash, with
 * each slot's hash beside it. A Map of 100,000 ids took 40–50 ms and some 5 MB more; this takes
 * 8 bytes a slot.
 *
 * Matching an article asks every dataset in use whether it holds the ids of the claims found
 * (match-all.ts: a dataset that did not match a claim still has its say about it). Built on a
 * worker's first match, the table of a 100,000-claim dataset cost 90–210 ms (decoding every id,
 * then hashing each; Node under load), so it is built when an installed version's index is stored
 * and read with it (store/db.ts, datasets.ts). Thanks to the hashes kept in the table, an id the
 * index does not hold is answered without decoding a single id.
 */
import { textHash, type ClaimIndex } from '../engine/index';

export interface IdTable {
  /** A claim's position, or EMPTY; the table's length is a power of two. */
  slots: Int32Array;
  /** idHash() of the id at each slot. */
  hashes: Uint32Array;
}

const EMPTY = -1;

/** The id's hash as the table keeps it (unsigned: tables stored before textHash was shared hold these). */
const idHash = (id: string): number => textHash(id) >>> 0;

/** The table's length for an index: a power of two at least twice its claims, so a probe stays short. */
function tableSize(index: ClaimIndex): number {
  return 2 ** Math.ceil(Math.log2(Math.max(2, index.claims.length * 2)));
}

export function buildIdTable(index: ClaimIndex): IdTable {
  const size = tableSize(index);
  const slots = new Int32Array(size).fill(EMPTY);
  const hashes = new Uint32Array(size);
  const mask = size - 1;
  for (let i = 0; i < index.claims.length; i++) {
    const h = idHash(index.claims.id(i));
    let at = h & mask;
    while (slots[at] !== EMPTY) at = (at + 1) & mask;
    slots[at] = i;
    hashes[at] = h;
  }
  return { slots, hashes };
}

/** Whether a stored table can serve this index: the shape buildIdTable gives one of its size. */
export function fitsIndex(table: IdTable | undefined, index: ClaimIndex): table is IdTable {
  const size = table?.slots.length ?? 0;
  return (
    table !== undefined &&
    table.slots instanceof Int32Array &&
    table.hashes instanceof Uint32Array &&
    table.hashes.length === size &&
    size === tableSize(index)
  );
}

/** Where the claim with this id is in the index (the first, if a dataset repeated an id). */
export function findId(table: IdTable, index: ClaimIndex, id: string): number | undefined {
  const { slots, hashes } = table;
  const mask = slots.length - 1;
  const h = idHash(id);
  for (let at = h & mask; slots[at] !== EMPTY; at = (at + 1) & mask)
    if (hashes[at] === h && index.claims.id(slots[at]!) === id) return slots[at]!;
  return undefined;
}
