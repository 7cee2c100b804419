/** Appends value to key's list, creating the list on first use. */
export function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A growable Uint32 list for building CSR arrays without boxing every entry in a JS array. */
export class U32List {
  private data = new Uint32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  /** A right-sized copy. */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}
