import { execFileSync } from 'node:child_process';
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
  mac: { target: string; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string; extendInfo: Record<string, string> };
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
