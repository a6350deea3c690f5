import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { validators } from 'rdf-validate-datatype';
import SHACLValidator from 'rdf-validate-shacl';
import { VOCAB_PREFIXES } from '../vocab/prefixes.js';
import { xsd } from '../vocab/xsd.js';
import type { Problem, Severity } from './problem.js';

/** The shapes shipped with the package: schemas/shapes.ttl (two folders up from src/ and dist/). */
export const SHAPES_FILE = new URL('../../schemas/shapes.ttl', import.meta.url);

let shippedShapes: Store | undefined;

// rdf-validate-datatype 0.2.2 (which rdf-validate-shacl checks sh:datatype with) expects gMonthDay
// without its leading "--" (it accepts 05-09, rejects the XSD form --05-09). Its registry is meant
// to be overridden (README: "Override an existing datatype"), so register the XSD 1.1 form.
const TIMEZONE = '(Z|[+-](0\\d|1[0-3]):[0-5]\\d|[+-]14:00)?';
const G_MONTH_DAY = new RegExp(`^--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${TIMEZONE}$`);
validators.register(xsd.gMonthDay, (value) => G_MONTH_DAY.test(value));

/** Parses a shapes graph from Turtle text. */
export function parseShapes(turtle: string): Store {
  return new Store(new Parser({ format: 'Turtle' }).parse(turtle));
}

/** The shipped shapes, read and parsed once per process. */
export function loadShapes(): Store {
  shippedShapes ??= parseShapes(readFileSync(SHAPES_FILE, 'utf8'));
  return shippedShapes;
}

/** Checks quads against SHACL shapes (the shipped ones unless given); one problem per result. */
export async function checkShapes(quads: readonly Quad[], file: string, shapes: Store = loadShapes()): Promise<Problem[]> {
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(new Store([...quads]));
  if (report.conforms) return [];
  return report.results.map((r) => {
    const path = r.path ? ` ${display(r.path)}` : '';
    const value = r.value && !r.value.equals(r.focusNode) ? ` (value: ${display(r.value)})` : '';
    const message = r.message[0]?.value ?? `violates ${display(r.sourceConstraintComponent)}`;
    return { file, place: `${display(r.focusNode)}${path}`, message: message + value, severity: severityOf(r.severity) };
  });
}

function severityOf(term: Term | null | undefined): Severity {
  return term?.value.endsWith('#Violation') === false ? 'warning' : 'error';
}

const PREFIXES = Object.entries(VOCAB_PREFIXES);

/** A term as Turtle would show it: prefixed name, <iri> or a short literal. */
function display(term: Term | null | undefined): string {
  if (!term) return '';
  if (term.termType === 'Literal') return JSON.stringify(term.value.length > 60 ? `${term.value.slice(0, 57)}...` : term.value);
  if (term.termType !== 'NamedNode') return `_:${term.value}`;
  for (const [prefix, ns] of PREFIXES) {
    const local = term.value.slice(ns.length);
    if (term.value.startsWith(ns) && /^[A-Za-z][\w-]*$/.test(local)) return `${prefix}:${local}`;
  }
  return `<${term.value}>`;
}
