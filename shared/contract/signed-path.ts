import { hmacSha256Hex } from './hmac-sha256.js';

/** The query parameter of a signed media or export URL in the browser host. */
export const SIGNATURE_PARAM = 'sig';

/**
 * A path the browser host serves without the token header, because it carries a signature made
 * with the token over that very path: a media element or a download link sends no headers, and
 * a signature lets through that one file, not the API (electron/browser-host/request-guard.ts).
 */
export const signPath = (token: string, path: string): string => `${path}?${SIGNATURE_PARAM}=${hmacSha256Hex(token, path)}`;
