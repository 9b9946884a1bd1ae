import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderFileStorage } from './file-storage.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('FolderFileStorage', () => {
  // The folder storage never touches the database.
  const em = null as unknown as EntityManager;

  it('stores bytes under the id and reads them back; an unknown id is null', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-files-'));
    dirs.push(dir);
    const storage = new FolderFileStorage(dir);
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    await storage.put(em, id, Buffer.from('ảnh minh chứng'));
    expect((await storage.get(em, id))?.toString()).toBe('ảnh minh chứng');
    expect(await storage.get(em, '7c9e6679-7425-40de-944b-e07fc1f90ae7')).toBeNull();
    // no partial file is left behind
    expect(readdirSync(path.join(dir, '0f'))).toEqual([id]);
  });

  it('discards the bytes of a removed file, and discarding a missing one is no error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-files-'));
    dirs.push(dir);
    const storage = new FolderFileStorage(dir);
    const kept = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const removed = '0f9e6679-7425-40de-944b-e07fc1f90ae7';
    await storage.put(em, kept, Buffer.from('giữ lại'));
    await storage.put(em, removed, Buffer.from('xoá'));
    await storage.discard(removed);
    await storage.discard(removed);
    expect(readdirSync(path.join(dir, '0f'))).toEqual([kept]);
  });
});
