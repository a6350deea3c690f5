/** A path into a JSON document: object keys and array indexes. */
export type JsonPath = readonly PropertyKey[];

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Found {
  constructor(readonly index: number) {}
}

/**
 * A small JSON scanner for error places: where a syntax error is (JSON.parse's messages do not
 * always say) and where the value at a path starts (zod reports paths, editors want lines).
 */
class JsonScanner {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly target?: JsonPath,
  ) {}

  scan(): void {
    this.value(0);
    this.space();
    if (this.pos < this.text.length) this.fail('unexpected text after the JSON value');
  }

  private value(depth: number): void {
    this.space();
    if (this.target && depth === this.target.length) throw new Found(this.pos);
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return void this.string();
    const m = this.match(LITERAL);
    if (!m) this.fail(c === undefined ? 'unexpected end of the JSON text' : `unexpected ${JSON.stringify(c)}`);
  }

  private object(depth: number): void {
    this.pos++;
    this.space();
    if (this.eat('}')) return;
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') this.fail('expected a double-quoted property name');
      const key = this.string();
      this.space();
      if (!this.eat(':')) this.fail("expected ':' after the property name");
      this.value(this.target?.[depth] === key ? depth + 1 : Number.POSITIVE_INFINITY);
      this.space();
      if (this.eat('}')) return;
      if (!this.eat(',')) this.fail("expected ',' or '}' after a property value");
    }
  }

  private array(depth: number): void {
    this.pos++;
    this.space();
    if (this.eat(']')) return;
    for (let i = 0; ; i++) {
      this.value(this.target?.[depth] === i ? depth + 1 : Number.POSITIVE_INFINITY);
      this.space();
      if (this.eat(']')) return;
      if (!this.eat(',')) this.fail("expected ',' or ']' after an array element");
    }
  }

  private string(): string {
    const m = this.match(STRING);
    if (!m) this.fail('a string that is not closed or holds a raw control character or a bad escape');
    return JSON.parse(m) as string;
  }

  /** The text a sticky pattern matches at the current position, consumed; undefined if none. */
  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private space(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private eat(c: string): boolean {
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.pos);
  }
}

/** The first syntax error of a JSON text and its offset, or undefined when it is well-formed. */
export function findJsonSyntaxError(text: string): { message: string; index: number } | undefined {
  try {
    new JsonScanner(text).scan();
    return undefined;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { message: e.message, index: e.index };
    throw e;
  }
}

/** The offset where the value at a path starts, or where its deepest existing parent does. */
export function locateJsonPath(text: string, path: JsonPath): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    try {
      new JsonScanner(text, path.slice(0, n)).scan();
    } catch (e) {
      if (e instanceof Found) return e.index;
      return undefined;
    }
  }
  return undefined;
}

/** A path as a JSONPath-like string: $.mentions[3].text */
export function formatJsonPath(path: JsonPath): string {
  return path.reduce<string>((out, k) => {
    if (typeof k === 'number') return `${out}[${k}]`;
    const key = String(k);
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${out}.${key}` : `${out}[${JSON.stringify(key)}]`;
  }, '$');
}
