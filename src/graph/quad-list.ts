import { DataFactory } from '../util/n3-core.js';
import type { Literal, NamedNode, Quad } from '@rdfjs/types';
import { termKey } from './term-key.js';

export type ObjectTerm = NamedNode | Literal;

/**
 * Collects quads in the order they are added, which is the output order, and drops exact
 * duplicates within a subject's run of quads (two mentions of one span say the same things about
 * their shared phrase node). The graph stage writes each subject in one run.
 */
export class QuadList {
  private readonly list: Quad[] = [];
  /** Where the current subject's run of quads starts. */
  private runStart = 0;
  /** Predicate and object keys of the current run, once it is long enough to need them. */
  private runKeys: Set<string> | undefined;

  add(subject: NamedNode, predicate: NamedNode, object: ObjectTerm | undefined): void {
    if (object === undefined) return;
    if (!this.list[this.runStart]?.subject.equals(subject)) {
      this.runStart = this.list.length;
      this.runKeys = undefined;
    }
    if (this.#seen(predicate, object)) return;
    const quad = DataFactory.quad(subject, predicate, object);
    this.list.push(quad);
    this.runKeys?.add(pairKey(quad));
  }

  /** The run already has this predicate and object: a scan while it is short, then a set of keys. */
  #seen(predicate: NamedNode, object: ObjectTerm): boolean {
    if (!this.runKeys && this.list.length - this.runStart > LONG_RUN) {
      this.runKeys = new Set();
      for (let i = this.runStart; i < this.list.length; i++) this.runKeys.add(pairKey(this.list[i]!));
    }
    if (this.runKeys) return this.runKeys.has(`${predicate.value}\u0001${termKey(object)}`);
    for (let i = this.runStart; i < this.list.length; i++) {
      const q = this.list[i] as Quad;
      if (q.predicate.equals(predicate) && q.object.equals(object)) return true;
    }
    return false;
  }

  addAll(subject: NamedNode, predicate: NamedNode, objects: readonly ObjectTerm[]): void {
    for (const object of objects) this.add(subject, predicate, object);
  }

  toArray(): Quad[] {
    return [...this.list];
  }
}

/** Runs longer than this are checked for duplicates with a set (a scan is cheaper below). */
const LONG_RUN = 24;

function pairKey(q: Quad): string {
  return `${q.predicate.value}\u0001${termKey(q.object)}`;
}

/** f(value) when the value is there, else undefined: for optional model fields. */
export function maybe<T, R>(value: T | undefined, f: (value: T) => R): R | undefined {
  return value === undefined ? undefined : f(value);
}
