import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from './support/browser-host-process.js';

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  electronFuses: Record<string, boolean>;
  afterPack: string;
  mac: {
    target: string;
    hardenedRuntime: boolean;
    notarize: boolean;
    entitlements: string;
    entitlementsInherit: string;
    extendInfo: Record<string, string>;
  };
  linux: { target: string[] };
  win: { target: string };
}

const config = parse(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** electron-builder's `files`: included when a positive pattern matches and no later negation does. */
function shipped(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, pattern, { dot: true })) included = true;
  }
  return included;
}

describe('electron-builder.yml', () => {
  it('names the app and builds every platform’s installers', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Interview Studio');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.asar).toBe(true);
  });

  it('has an original icon large enough for every platform', () => {
    const png = fs.readFileSync(path.join(repoRoot, 'build/icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // width
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512); // height
  });

  it('flips the fuses that close Node-level back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('asks macOS for the microphone, with a reason, under the hardened runtime', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.extendInfo.NSMicrophoneUsageDescription).toMatch(/record/i);
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      const plist = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      expect(plist).toMatch(/<key>com\.apple\.security\.device\.audio-input<\/key>\s*<true\/>/);
      expect(plist).not.toMatch(/camera/);
    }
  });

  it('notarizes macOS builds from the APPLE_* variables, and says in plain words when it cannot', () => {
    expect(config.mac.notarize).toBe(true);
    expect(config.mac.hardenedRuntime).toBe(true); // Apple refuses to notarize an app without it
    const hook = createRequire(import.meta.url)(path.join(repoRoot, config.afterPack)) as {
      default: (context: { electronPlatformName: string }) => Promise<void>;
      describeNotarization(env: Record<string, string>): { notarize: boolean; message: string };
    };
    expect(typeof hook.default).toBe('function');
    const apiKey = { APPLE_API_KEY: '/keys/AuthKey.p8', APPLE_API_KEY_ID: 'ABC123', APPLE_API_ISSUER: 'issuer' };
    expect(hook.describeNotarization({ ...apiKey, CSC_LINK: 'cert.p12' })).toEqual({
      notarize: true,
      message: 'macOS notarization: with an App Store Connect API key (APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER).',
    });
    expect(hook.describeNotarization(apiKey).message).toContain('It needs a Developer ID signature');
    expect(hook.describeNotarization({ APPLE_ID: 'me@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' }).notarize).toBe(
      true,
    );
    expect(hook.describeNotarization({ APPLE_KEYCHAIN_PROFILE: 'studio' }).notarize).toBe(true);
    expect(hook.describeNotarization({ APPLE_ID: 'me@example.com' })).toEqual({
      notarize: false,
      message: 'macOS notarization cannot run: APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID are not set (for an Apple ID).',
    });
    const none = hook.describeNotarization({});
    expect(none.notarize).toBe(false);
    expect(none.message).toMatch(/^macOS notarization skipped: no APPLE_\* credentials are set\. Other Macs will block this \.dmg/);
  });

  it('ships what the app runs and no sources, tests or development files', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);
    const built = [
      'dist-electron/main.js',
      'dist-electron/preload.cjs',
      'dist-electron/main.js.map',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc.js',
    ];
    const shippedFiles = [...tracked, ...built].filter(shipped);

    for (const needed of [
      'dist-electron/main.js',
      'dist-electron/preload.cjs',
      'dist/renderer/index.html',
      'content/criteria.json',
      'package.json',
    ]) {
      expect(shippedFiles, needed).toContain(needed);
    }
    const forbidden = shippedFiles.filter(
      (f) => /^(tests|scripts|docs|\.ci|electron|renderer|shared)\//.test(f) || /\.(ts|tsx|map)$/.test(f) || /(^|\/)tsconfig/.test(f),
    );
    expect(forbidden).toEqual([]);
  });
});
