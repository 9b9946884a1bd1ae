import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockDataFolder } from './data-folder-lock.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function lockFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-lock-'));
  dirs.push(dir);
  return path.join(dir, 'pglite.lock');
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const owner = (pid: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ pid, host: hostname(), startedAt: '2026-12-06T00:00:00.000Z', processStart: null, ...extra });

describe('lockDataFolder', () => {
  it('takes a free folder, refuses it while held in this process, and frees it on release', () => {
    const file = lockFile();
    const lock = lockDataFolder(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    expect(() => lockDataFolder(file)).toThrow(DataFolderInUseError);
    lock.release();
    expect(existsSync(file)).toBe(false);
    lockDataFolder(file).release();
  });

  it.each([
    ['a live process (the parent of this test)', 'refused', () => owner(process.ppid)],
    ['a process on another host', 'refused', () => owner(process.ppid, { host: 'another-host' })],
    ['a killed process', 'taken', () => owner(deadPid())],
    ['a pid reused by a process started later', 'taken', () => owner(process.ppid, { processStart: '1' })],
    ['this pid in an earlier life (a restarted container)', 'taken', () => owner(process.pid)],
    ['a lock file cut short by a crash', 'taken', () => '{"pid": 12'],
  ])('a lock file left by %s is %s', (_label, expected, content) => {
    const file = lockFile();
    writeFileSync(file, content());
    if (expected === 'refused') {
      expect(() => lockDataFolder(file)).toThrow(/DATA_FOLDER_IN_USE|đang được một tiến trình khác dùng/);
      expect(readFileSync(file, 'utf8')).toBe(content());
    } else {
      const lock = lockDataFolder(file);
      expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
      lock.release();
    }
  });
});
