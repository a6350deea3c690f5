import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../../src/load/auth-challenge.js';
import { canAnswerDigest, digestAuthorization } from '../../../src/load/digest-auth.js';
import { HttpAuthenticator } from '../../../src/load/http-auth.js';

const rfc7616 = (algorithm: string) =>
  parseChallenges(
    `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`,
  )[0]!;
const request = { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle of Life', nonceCount: 1, cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };

describe('digestAuthorization', () => {
  it('gives RFC 7616 §3.9.1 response for MD5', () => {
    const header = digestAuthorization(rfc7616('MD5'), request);
    expect(header).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(header).toContain('qop=auth, nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"');
    expect(header).toContain('opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
  });

  it('gives RFC 7616 §3.9.1 response for SHA-256', () => {
    expect(digestAuthorization(rfc7616('SHA-256'), request)).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
  });

  it('gives RFC 2617 §3.5 response (MD5, qop=auth)', () => {
    const [challenge] = parseChallenges('Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"');
    const header = digestAuthorization(challenge!, { method: 'GET', uri: '/dir/index.html', user: 'Mufasa', password: 'Circle Of Life', nonceCount: 1, cnonce: '0a4f113b' });
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
  });

  it('answers only what it can: Digest with a nonce, a known algorithm, qop auth or none', () => {
    expect(canAnswerDigest(rfc7616('MD5'))).toBe(true);
    expect(canAnswerDigest(parseChallenges('Digest realm="r", nonce="n", qop="auth-int"')[0]!)).toBe(false);
    expect(canAnswerDigest(parseChallenges('Digest realm="r", nonce="n", algorithm=SHA-512-256')[0]!)).toBe(false);
    expect(canAnswerDigest(parseChallenges('Basic realm="r"')[0]!)).toBe(false);
  });
});

describe('parseChallenges', () => {
  it('reads several challenges in one header, quoted strings with commas and escapes', () => {
    expect(parseChallenges('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple, really"')).toEqual([
      { scheme: 'newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
      { scheme: 'basic', params: { realm: 'simple, really' } },
    ]);
  });
});

describe('HttpAuthenticator', () => {
  const url = new URL('http://h/sparql-graph-crud-auth?graph=http%3A%2F%2Fx%2Fa');

  it('sends nothing before a challenge, then Digest with a growing nonce count', () => {
    const auth = new HttpAuthenticator({ user: 'dba', password: 'dba' });
    expect(auth.authorization('PUT', url)).toBeUndefined();
    expect(auth.acceptChallenge('Digest realm="SPARQL", nonce="abc", qop="auth", algorithm="MD5", Basic realm="x"')).toBe(true);
    expect(auth.authorization('PUT', url)).toMatch(/^Digest .*uri="\/sparql-graph-crud-auth\?graph=http%3A%2F%2Fx%2Fa".*nc=00000001/);
    expect(auth.authorization('PUT', url)).toContain('nc=00000002');
  });

  it('falls back to Basic, and declines without credentials', () => {
    const auth = new HttpAuthenticator({ user: 'ю', password: 'p' });
    expect(auth.acceptChallenge('Basic realm="x"')).toBe(true);
    expect(auth.authorization('PUT', url)).toBe(`Basic ${Buffer.from('ю:p').toString('base64')}`);
    expect(new HttpAuthenticator().acceptChallenge('Basic realm="x"')).toBe(false);
  });
});
