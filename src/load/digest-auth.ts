import { createHash, randomBytes } from 'node:crypto';
import type { AuthChallenge } from './auth-challenge.js';

/** The algorithms of RFC 7616 §3.3 this client answers, with the hash each names. */
const ALGORITHMS: Readonly<Record<string, { hash: string; session: boolean }>> = {
  'md5': { hash: 'md5', session: false },
  'md5-sess': { hash: 'md5', session: true },
  'sha-256': { hash: 'sha256', session: false },
  'sha-256-sess': { hash: 'sha256', session: true },
};

export interface DigestRequest {
  readonly method: string;
  /** The request-target: the URL's path and query, as sent on the request line. */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** How many times this nonce has been used, this request included (1 for the first). */
  readonly nonceCount: number;
  /** The client nonce; random unless given (tests give one). */
  readonly cnonce?: string;
}

/** Whether this client can answer a Digest challenge (a known algorithm, qop auth or none). */
export function canAnswerDigest(challenge: AuthChallenge): boolean {
  if (challenge.scheme !== 'digest' || !challenge.params['nonce']) return false;
  const algorithm = (challenge.params['algorithm'] ?? 'MD5').toLowerCase();
  const qop = challenge.params['qop'];
  return algorithm in ALGORITHMS && (qop === undefined || qopOptions(qop).includes('auth'));
}

function qopOptions(qop: string): string[] {
  return qop.split(',').map((q) => q.trim().toLowerCase());
}

function quoted(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * The Authorization header answering a Digest challenge (RFC 7616, with RFC 2617's no-qop form for
 * old servers): response = H(H(A1):nonce:nc:cnonce:qop:H(A2)), A1 = user:realm:password (for the
 * -sess algorithms H(user:realm:password):nonce:cnonce), A2 = method:uri (qop=auth).
 */
export function digestAuthorization(challenge: AuthChallenge, request: DigestRequest): string {
  const p = challenge.params;
  const algorithmName = p['algorithm'] ?? 'MD5';
  const algorithm = ALGORITHMS[algorithmName.toLowerCase()];
  if (!algorithm) throw new RangeError(`unsupported Digest algorithm ${algorithmName}`);
  const h = (text: string) => createHash(algorithm.hash).update(text, 'utf8').digest('hex');
  const realm = p['realm'] ?? '';
  const nonce = p['nonce'] ?? '';
  const cnonce = request.cnonce ?? randomBytes(16).toString('hex');
  const nc = request.nonceCount.toString(16).padStart(8, '0');
  const qop = p['qop'] === undefined ? undefined : 'auth';
  let ha1 = h(`${request.user}:${realm}:${request.password}`);
  if (algorithm.session) ha1 = h(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = h(`${request.method}:${request.uri}`);
  const response = qop ? h(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : h(`${ha1}:${nonce}:${ha2}`);
  const fields = [
    `username=${quoted(request.user)}`,
    `realm=${quoted(realm)}`,
    `nonce=${quoted(nonce)}`,
    `uri=${quoted(request.uri)}`,
    `algorithm=${algorithmName}`,
    `response=${quoted(response)}`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce=${quoted(cnonce)}`] : []),
    ...(p['opaque'] !== undefined ? [`opaque=${quoted(p['opaque'])}`] : []),
  ];
  return `Digest ${fields.join(', ')}`;
}
