import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NoSourceDatabase, PgliteSource } from './pglite-source.js';

describe('PgliteSource.open', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a DATA_DIR without an embedded database, and makes none there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kycuong-no-source-'));
    dirs.push(dir);
    const opened = PgliteSource.open(dir);
    await expect(opened).rejects.toBeInstanceOf(NoSourceDatabase);
    await expect(opened).rejects.toThrow(/Không thấy cơ sở dữ liệu nhúng trong .*: kiểm tra lại DATA_DIR/);
    expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
    expect(existsSync(path.join(dir, 'pglite.lock'))).toBe(false);
  });
});
