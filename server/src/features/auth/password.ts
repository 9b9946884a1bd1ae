import { randomBytes, type ScryptOptions, timingSafeEqual } from 'node:crypto';
import { passwordWork } from './password-work.js';

/**
 * scrypt at the OWASP Password Storage Cheat Sheet parameters (N=2^17, r=8, p=1: 128 MiB, one lane).
 * The parameters are stored with each hash so they can be raised later without breaking old hashes.
 */
const COST_LOG2 = 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

/** On the password threads, never on libuv's shared pool; refused with SIGN_IN_BUSY when they are full. */
function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return passwordWork.derive(password.normalize('NFC'), salt, KEY_LENGTH, options);
}

const memoryFor = (n: number, r: number, p: number) => 128 * n * r * p + 32 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** COST_LOG2;
  const key = await derive(password, salt, {
    N,
    r: BLOCK_SIZE,
    p: PARALLELISM,
    maxmem: memoryFor(N, BLOCK_SIZE, PARALLELISM),
  });
  return ['scrypt', COST_LOG2, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !key) return false;
  const N = 2 ** Number(logN);
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: memoryFor(N, Number(r), Number(p)),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let unknownHash: Promise<string> | null = null;

/**
 * A hash of a random password, checked against when the username is unknown so timing says nothing.
 * Made on first use (not at import, which would start a password thread in every process that imports
 * this file), and made again if that failed (e.g. the password threads were busy).
 */
export function unknownUserHash(): Promise<string> {
  if (!unknownHash) {
    const made = hashPassword(randomBytes(16).toString('hex'));
    unknownHash = made;
    made.catch(() => {
      if (unknownHash === made) unknownHash = null;
    });
  }
  return unknownHash;
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Words that, padded with digits and symbols, make the passwords tried first by guessing tools
 * (`Password123`, `matkhau@2026`, `kycuong2026`).
 */
const GUESSABLE_WORDS = new Set([
  'password',
  'passw',
  'matkhau',
  'mk',
  'admin',
  'administrator',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'abc',
  'abcd',
  'abcdef',
  'abcxyz',
  'iloveyou',
  'welcome',
  'kycuong',
  'vietnam',
]);

/** The password policy; returns a Vietnamese reason, or null when the password is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `Mật khẩu phải có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự.`;
  }
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) {
    return 'Mật khẩu phải có cả chữ và số.';
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return 'Mật khẩu không được chứa tên đăng nhập.';
  }
  const letters = password
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (GUESSABLE_WORDS.has(letters) || new Set(password).size < 5) {
    return 'Mật khẩu quá dễ đoán: hãy dùng một cụm từ riêng của bạn, có chữ và số.';
  }
  return null;
}
