import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type EnumTypeDefinitionNode, Kind, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { ERROR_MESSAGE_KEYS } from './error-keys';
import { errorText } from './error-messages';
import { loadCatalogue, loadLanguage } from './messages';
import { vi } from './vi/all';

/** The codes the schema publishes (enum ErrorCode of schema/schema.graphql, written by the server). */
function schemaCodes(): string[] {
  const sdl = readFileSync(path.resolve(import.meta.dirname, '../../../schema/schema.graphql'), 'utf8');
  const type = parse(sdl).definitions.find(
    (node): node is EnumTypeDefinitionNode =>
      node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === 'ErrorCode',
  );
  return (type?.values ?? []).map((value) => value.name.value);
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe('error messages', () => {
  beforeAll(() => loadLanguage('en'));

  it('every code of the schema has a message key, and no key is for a code the schema lacks', () => {
    const codes = schemaCodes();
    expect(codes.length).toBeGreaterThan(100);
    expect(Object.keys(ERROR_MESSAGE_KEYS).sort()).toEqual([...codes].sort());
  });

  it('every key has a Vietnamese message and an English one, and the English is English', () => {
    for (const [code, key] of Object.entries(ERROR_MESSAGE_KEYS)) {
      expect(vi[key], code).toMatch(VIETNAMESE_LETTERS);
      expect(en[key], code).toBeTruthy();
      expect(en[key], `${code}: ${en[key]}`).not.toMatch(VIETNAMESE_LETTERS);
    }
    const errorKeys = (dictionary: object) => Object.keys(dictionary).filter((key) => key.startsWith('error.'));
    expect(errorKeys(en).sort()).toEqual(errorKeys(vi).sort());
  });

  it("reads as the general message before the codes' Vietnamese messages have loaded", async () => {
    // The first screen shows before vi/errors.ts has arrived (main.tsx loads it then).
    expect(errorText('vi', 'FILE_STORAGE_FULL', null)).toBe(vi['common.error']);
    await loadCatalogue('errors');
    expect(errorText('vi', 'FILE_STORAGE_FULL', null)).toBe(vi['error.fileStorageFull']);
  });

  it("Vietnamese shows the server's own message, English the code's", async () => {
    await loadCatalogue('errors');
    const server = 'Đơn vị vừa được người khác sửa. Hãy tải lại để xem bản mới nhất rồi sửa lại.';
    expect(errorText('vi', 'UNIT_VERSION_CONFLICT', server)).toBe(server);
    expect(errorText('en', 'UNIT_VERSION_CONFLICT', server)).toBe(en['error.versionConflict']);
    // No message from the server: the key's text in either language.
    expect(errorText('vi', 'FILE_STORAGE_FULL', null)).toBe(vi['error.fileStorageFull']);
  });

  it("falls back on the server's message for a code this build does not know, and says nothing without one", () => {
    expect(errorText('en', 'SOMETHING_NEWER', 'Một lỗi mới.')).toBe('Một lỗi mới.');
    expect(errorText('en', null, null)).toBeNull();
    expect(errorText('vi', 'HTTP_503', null)).toBeNull();
  });
});
