/**
 * A map of at most `capacity` entries that keeps the recently used ones: two generations, the
 * current one and the previous; a hit in the previous generation moves the entry forward, and when
 * the current generation holds half the capacity it becomes the previous one (the older entries
 * are dropped). Cheap (two Map look-ups at worst) and deterministic for pure values.
 */
export class BoundedCache<K, V> {
  readonly #half: number;
  #current = new Map<K, V>();
  #previous = new Map<K, V>();

  constructor(capacity: number) {
    this.#half = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: K): V | undefined {
    const hit = this.#current.get(key);
    if (hit !== undefined) return hit;
    const old = this.#previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.#current.size >= this.#half) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
    this.#current.set(key, value);
  }

  get size(): number {
    return this.#current.size + this.#previous.size;
  }
}
