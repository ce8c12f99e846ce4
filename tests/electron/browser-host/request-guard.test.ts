import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, presentedTokens, tokenCookieName, tokenMatches } from '#electron/browser-host/request-guard.js';

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

  it('finds the token in the query, the header or our cookie', () => {
    const url = new URL('http://127.0.0.1:4000/?token=q');
    expect(presentedTokens(url, {}, 4000)).toEqual(['q']);
    expect(presentedTokens(new URL('http://x/'), { 'x-studio-token': 'h' }, 4000)).toEqual(['h']);
    expect(presentedTokens(new URL('http://x/'), { cookie: `a=1; ${tokenCookieName(4000)}=c; b=2` }, 4000)).toEqual(['c']);
    expect(presentedTokens(new URL('http://x/'), { cookie: `${tokenCookieName(4001)}=other` }, 4000)).toEqual([]);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
  });
});
