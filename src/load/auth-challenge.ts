/** One challenge of a WWW-Authenticate header: its scheme and its parameters (names lower-cased). */
export interface AuthChallenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/** A token, a quoted string, or one of `=` and `,` (RFC 9110 §11.6.1's grammar, loosely). */
const TOKEN = /\s*(?:"((?:[^"\\]|\\.)*)"|([^\s=,"]+)|(=)|(,))/y;

interface Lexeme {
  readonly kind: 'word' | 'quoted' | '=' | ',';
  readonly text: string;
}

function lex(header: string): Lexeme[] {
  const out: Lexeme[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < header.length && (m = TOKEN.exec(header)) !== null) {
    if (m[1] !== undefined) out.push({ kind: 'quoted', text: m[1].replace(/\\(.)/g, '$1') });
    else if (m[2] !== undefined) out.push({ kind: 'word', text: m[2] });
    else out.push({ kind: m[3] ? '=' : ',', text: m[0].trim() });
  }
  return out;
}

/**
 * The challenges in a WWW-Authenticate header, which may hold several (`Digest realm="a", nonce="b",
 * Basic realm="c"`), as fetch joins repeated headers with commas. A word not followed by `=` starts
 * a new challenge; `name=value` pairs are its parameters; anything else (token68) is skipped.
 */
export function parseChallenges(header: string): AuthChallenge[] {
  const lexemes = lex(header);
  const out: { scheme: string; params: Record<string, string> }[] = [];
  for (let i = 0; i < lexemes.length; i++) {
    const [here, next, value] = [lexemes[i], lexemes[i + 1], lexemes[i + 2]];
    if (here?.kind !== 'word') continue;
    if (next?.kind !== '=') {
      out.push({ scheme: here.text.toLowerCase(), params: {} });
      continue;
    }
    const current = out[out.length - 1];
    if (current && (value?.kind === 'word' || value?.kind === 'quoted')) {
      current.params[here.text.toLowerCase()] = value.text;
      i += 2;
    }
  }
  return out;
}
