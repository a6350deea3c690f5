import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad } from '@rdfjs/types';

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

  add(subject: NamedNode, predicate: NamedNode, object: ObjectTerm | undefined): void {
    if (object === undefined) return;
    if (!this.list[this.runStart]?.subject.equals(subject)) this.runStart = this.list.length;
    for (let i = this.runStart; i < this.list.length; i++) {
      const q = this.list[i] as Quad;
      if (q.predicate.equals(predicate) && q.object.equals(object)) return;
    }
    this.list.push(DataFactory.quad(subject, predicate, object));
  }

  addAll(subject: NamedNode, predicate: NamedNode, objects: readonly ObjectTerm[]): void {
    for (const object of objects) this.add(subject, predicate, object);
  }

  toArray(): Quad[] {
    return [...this.list];
  }
}

/** f(value) when the value is there, else undefined: for optional model fields. */
export function maybe<T, R>(value: T | undefined, f: (value: T) => R): R | undefined {
  return value === undefined ? undefined : f(value);
}
