import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { withoutBidiControls, withoutBidiControlsDeep } from './bidi.js';
import { cleanInputText } from './input-text.js';

describe('the text rule for every client input', () => {
  it.each([
    ['plain Vietnamese', 'Nguyễn Văn Ánh', 'Nguyễn Văn Ánh'],
    ['lines and tabs kept', 'dòng 1\r\ndòng 2\tcột', 'dòng 1\r\ndòng 2\tcột'],
    ['right-to-left override', 'Biên bản \u202Efdp.exe', 'Biên bản fdp.exe'],
    [
      'every bidi control',
      'a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl',
      'abcdefghijkl',
    ],
    ['zero-width joiner kept (not a bidi control)', 'a\u200Db', 'a\u200Db'],
  ])('%s', (_name, input, output) => {
    expect(cleanInputText(input)).toBe(output);
  });

  it.each([
    ['NUL', 'abc\u0000'],
    ['bell', '\u0007'],
    ['escape', 'x\u001B[31m'],
    ['vertical tab', 'a\u000Bb'],
    ['DEL', 'a\u007F'],
  ])('refuses %s with a code and a Vietnamese message naming the field', (_name, text) => {
    const input = { filter: { search: text } };
    let error: unknown = null;
    try {
      cleanInputText(input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INPUT_CONTROL_CHARACTER');
    expect((error as AppError).message).toMatch(/ký tự điều khiển/);
    expect((error as AppError).details).toEqual({ field: 'input.filter.search' });
  });

  it('cleans objects, arrays and JSON values in place, at any depth, and leaves other values alone', () => {
    const date = new Date(0);
    const input = { a: ['x\u202E', { b: '\u200Fy' }], n: 3, d: date, nil: null, yes: true };
    expect(cleanInputText(input)).toBe(input);
    expect(input).toEqual({ a: ['x', { b: 'y' }], n: 3, d: date, nil: null, yes: true });
  });

  it('takes bidi controls out of stored text, and out of a copy of a whole document model', () => {
    expect(withoutBidiControls('Số \u202E0021\u202C/QĐ')).toBe('Số 0021/QĐ');
    const image = Buffer.from('\u202E');
    const model = { title: 'A\u202E', blocks: [{ text: ['\u2067x'] }], image, n: 1 };
    expect(withoutBidiControlsDeep(model)).toEqual({ title: 'A', blocks: [{ text: ['x'] }], image, n: 1 });
    expect(withoutBidiControlsDeep(model).image).toBe(image);
    expect(model.title).toBe('A\u202E');
  });
});
