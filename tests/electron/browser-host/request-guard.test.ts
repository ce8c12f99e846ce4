import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, presentedTokens, signatureMatches, tokenMatches } from '#electron/browser-host/request-guard.js';
import { signPath } from '#shared/contract/signed-path.js';

describe('browser host request guard', () => {
  it('accepts only our host and port (no DNS rebinding)', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedHost('evil.example:4000', 4000)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4000)).toBe(false);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
  });

  it('accepts no Origin or our own only', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://evil.example', 4000)).toBe(false);
    expect(isAllowedOrigin('null', 4000)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4001', 4000)).toBe(false);
  });

  it('finds the token in the query or the header, never in a cookie (cookies ignore ports)', () => {
    const url = new URL('http://127.0.0.1:4000/?token=q');
    expect(presentedTokens(url, {})).toEqual(['q']);
    expect(presentedTokens(new URL('http://x/'), { 'x-studio-token': 'h' })).toEqual(['h']);
    expect(presentedTokens(new URL('http://x/'), { cookie: 'studio_token_4000=c' })).toEqual([]);
  });

  it('accepts a signature made with the token over that path only', () => {
    const token = 't'.repeat(48);
    const signed = new URL(`http://127.0.0.1:4000${signPath(token, '/media/6a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d')}`);
    expect(signatureMatches(signed, token)).toBe(true);
    expect(signatureMatches(signed, 'u'.repeat(48))).toBe(false);
    const moved = new URL(signed);
    moved.pathname = '/media/7a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
    expect(signatureMatches(moved, token)).toBe(false);
    expect(signatureMatches(new URL('http://127.0.0.1:4000/media/x'), token)).toBe(false);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
  });
});
