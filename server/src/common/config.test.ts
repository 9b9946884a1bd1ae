import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { ConfigError, loadConfig } from './config.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('refuses to start in production without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tempDir() }, () => {})).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: tempDir() }, () => {})).toThrow(
      /SESSION_SECRET is required/,
    );
  });

  it('in development generates a secret once, keeps it in the data folder and warns', () => {
    const dataDir = tempDir();
    const warnings: string[] = [];
    const first = loadConfig({ DATA_DIR: dataDir }, (m) => warnings.push(m));
    const second = loadConfig({ DATA_DIR: dataDir }, (m) => warnings.push(m));
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(readFileSync(path.join(dataDir, '.dev-session-secret'), 'utf8')).toBe(first.sessionSecret);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/SESSION_SECRET is not set/);
  });

  it('requires an audit key of 32+ characters in production, and in development keeps a generated one apart from the session secret', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tempDir() }, () => {}),
    ).toThrow(/AUDIT_KEY is required/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), AUDIT_KEY: 'short', DATA_DIR: tempDir() }),
    ).toThrow(/AUDIT_KEY must be at least 32 characters/);
    const dataDir = tempDir();
    const warnings: string[] = [];
    const first = loadConfig({ DATA_DIR: dataDir }, (m) => warnings.push(m));
    expect(loadConfig({ DATA_DIR: dataDir }, () => {}).auditKey).toBe(first.auditKey);
    expect(first.auditKey.length).toBeGreaterThanOrEqual(32);
    expect(first.auditKey).not.toBe(first.sessionSecret);
    expect(readFileSync(path.join(dataDir, '.dev-audit-key'), 'utf8')).toBe(first.auditKey);
    expect(warnings).toContainEqual(expect.stringMatching(/AUDIT_KEY is not set/));
    expect(first.auditAnchorFile).toBe(path.join(dataDir, 'audit-anchors.jsonl'));
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        NODE_ENV: 'staging',
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'short',
        COOKIE_SECURE: 'maybe',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toHaveLength(5);
    }
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['true', 1],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('TRUST_PROXY=%s trusts %j', (value, expected) => {
    const env = { SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tempDir(), ...(value ? { TRUST_PROXY: value } : {}) };
    expect(loadConfig(env).trustProxy).toEqual(expected);
  });

  it('refuses a TRUST_PROXY it cannot read', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tempDir(), TRUST_PROXY: 'all' })).toThrow(
      /TRUST_PROXY must be/,
    );
  });

  it('production defaults: secure cookies, no demo data', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      AUDIT_KEY: 'y'.repeat(40),
      DATA_DIR: tempDir(),
    });
    expect(config.cookieSecure).toBe(true);
    expect(config.seedDemo).toBe(false);
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each(['true', '1', 'yes'])(
    'refuses SEED_DEMO=%s in production: the demo accounts have a published password',
    (value) => {
      const env = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATA_DIR: tempDir(), SEED_DEMO: value };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(/SEED_DEMO=true is refused when NODE_ENV=production/);
      // outside production the demo stays available
      expect(loadConfig({ ...env, NODE_ENV: 'development' }).seedDemo).toBe(true);
    },
  );

  it('createApp refuses a hand-built production config that would seed the demo, before opening anything', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      AUDIT_KEY: 'k'.repeat(40),
      DATA_DIR: tempDir(),
    });
    await expect(createApp({ ...config, seedDemo: true })).rejects.toThrow(/SEED_DEMO=true is refused/);
  });
});
