import { parseChallenges, type AuthChallenge } from './auth-challenge.js';
import { canAnswerDigest, digestAuthorization } from './digest-auth.js';

export interface Credentials {
  readonly user: string;
  readonly password: string;
}

/**
 * Answers HTTP authentication challenges with one user's credentials: Digest (RFC 7616) when the
 * server offers it, else Basic (RFC 7617). Once a server has challenged, later requests carry
 * credentials from the start — Basic as is, Digest with the same nonce and a growing nonce count —
 * so each request is sent once unless the server asks again (a stale nonce).
 */
export class HttpAuthenticator {
  readonly #credentials: Credentials | undefined;
  #digest: AuthChallenge | undefined;
  #nonceCount = 0;
  #basic = false;

  constructor(credentials?: Credentials) {
    this.#credentials = credentials;
  }

  /** The Authorization header for a request, or undefined before any challenge (or without credentials). */
  authorization(method: string, url: URL): string | undefined {
    const c = this.#credentials;
    if (!c) return undefined;
    if (this.#digest) {
      this.#nonceCount++;
      return digestAuthorization(this.#digest, { method, uri: url.pathname + url.search, user: c.user, password: c.password, nonceCount: this.#nonceCount });
    }
    if (this.#basic) return `Basic ${Buffer.from(`${c.user}:${c.password}`, 'utf8').toString('base64')}`;
    return undefined;
  }

  /**
   * Takes a 401's WWW-Authenticate header; true when the request is worth sending again with new
   * credentials (there are some, and the challenge is one this client answers).
   */
  acceptChallenge(header: string | null): boolean {
    if (!this.#credentials || !header) return false;
    const challenges = parseChallenges(header);
    const digest = challenges.find(canAnswerDigest);
    if (digest) {
      this.#digest = digest;
      this.#nonceCount = 0;
      return true;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      this.#basic = true;
      return true;
    }
    return false;
  }
}
