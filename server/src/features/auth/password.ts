import { randomBytes, type ScryptOptions, timingSafeEqual } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
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
 * zxcvbn's score 3: "safely unguessable", more than 10^8 guesses. With the sign-in limits (a few
 * thousand guesses a day per account at most, docs/security.md) that is decades online.
 */
export const PASSWORD_MIN_SCORE = 3;

/**
 * Words guessing tools would try first against this office, in the form passwords are typed in
 * (without diacritics, since the check folds them away): the product, the department and its units,
 * the province, and the Vietnamese words and names people build passwords from. zxcvbn finds them
 * inside a password, reversed, capitalised or in l33t (`M4tkh4u`).
 */
const LOCAL_WORDS = [
  'kycuong',
  'matkhau',
  'mat',
  'khau',
  'mk',
  'admin',
  'quantri',
  'quantrivien',
  'nguoidung',
  'taikhoan',
  'dangnhap',
  'xinchao',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'vietnam',
  'langson',
  'caoloc',
  'sonongnghiep',
  'nongnghiep',
  'phattriennongthon',
  'ptnt',
  'snn',
  'somoitruong',
  'moitruong',
  'sonoivu',
  'noivu',
  'thanhtra',
  'kiemtra',
  'kiemlam',
  'chicuc',
  'vanphong',
  'lanhdao',
  'thutruong',
  'donvi',
  'ubnd',
  'hanoi',
  'saigon',
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'lo',
  'nong',
  'hoang',
  'van',
  'thi',
  'anh',
  'minh',
  'huong',
  'linh',
  'lan',
  'hoa',
  'hung',
  'dung',
  'tuan',
  'thu',
  'trang',
  'hai',
  'nam',
  'long',
  'thanh',
  'hien',
  'ha',
  'phuong',
  'mai',
  'ngoc',
  'quang',
  'hanh',
  'binh',
  'cuong',
  'duc',
  'son',
  'tung',
  'thao',
  'yen',
  'nga',
  'hang',
  'huyen',
  'tam',
];

/** Vietnamese for zxcvbn's feedback keys (the time estimates are not shown). */
const VI_TRANSLATIONS = {
  warnings: {
    straightRow: 'Một hàng phím liền nhau rất dễ đoán.',
    keyPattern: 'Một kiểu gõ phím ngắn rất dễ đoán.',
    simpleRepeat: 'Ký tự lặp lại như "aaa" rất dễ đoán.',
    extendedRepeat: 'Chuỗi lặp lại như "abcabcabc" rất dễ đoán.',
    sequences: 'Dãy liên tiếp như "abc" hay "123456" rất dễ đoán.',
    recentYears: 'Những năm gần đây rất dễ đoán.',
    dates: 'Ngày tháng rất dễ đoán.',
    topTen: 'Đây là một trong những mật khẩu phổ biến nhất.',
    topHundred: 'Đây là một mật khẩu rất phổ biến.',
    common: 'Đây là một mật khẩu phổ biến.',
    similarToCommon: 'Mật khẩu này gần giống một mật khẩu phổ biến.',
    wordByItself: 'Một từ đứng riêng rất dễ đoán.',
    namesByThemselves: 'Họ hoặc tên đứng riêng rất dễ đoán.',
    commonNames: 'Họ tên phổ biến rất dễ đoán.',
    userInputs: 'Mật khẩu không được dựa trên tên, tên đăng nhập hay tên cơ quan.',
    pwned: 'Mật khẩu này đã bị lộ trong các vụ rò rỉ dữ liệu.',
  },
  suggestions: {
    l33t: 'Thay chữ bằng số hay ký hiệu dễ đoán (như "a" thành "@") không giúp được nhiều.',
    reverseWords: 'Viết ngược một từ thông dụng không giúp được nhiều.',
    allUppercase: 'Viết hoa vài chữ, đừng viết hoa tất cả.',
    capitalization: 'Viết hoa thêm những chữ khác, không chỉ chữ đầu.',
    dates: 'Tránh ngày tháng và năm gắn với bạn.',
    recentYears: 'Tránh những năm gần đây.',
    associatedYears: 'Tránh những năm gắn với bạn.',
    sequences: 'Tránh các dãy ký tự liên tiếp.',
    repeated: 'Tránh lặp lại từ và ký tự.',
    longerKeyboardPattern: 'Dùng kiểu gõ phím dài hơn và đổi hướng gõ nhiều lần.',
    anotherWord: 'Thêm vài từ ít gặp.',
    useWords: 'Hãy dùng một cụm nhiều từ, tránh những câu quen thuộc.',
    noNeed: 'Không cần ký hiệu, số hay chữ hoa: một cụm nhiều từ riêng của bạn là đủ.',
    pwned: 'Nếu bạn dùng mật khẩu này ở nơi khác, hãy đổi nó.',
  },
  timeEstimation: {
    ltSecond: '',
    second: '',
    seconds: '',
    minute: '',
    minutes: '',
    hour: '',
    hours: '',
    day: '',
    days: '',
    month: '',
    months: '',
    year: '',
    years: '',
    centuries: '',
  },
};

/** Lower case without diacritics (đ as d): how the dictionaries are written, and the cautious reading. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

let zxcvbn: ZxcvbnFactory | null = null;

/** Built on first use: ranking the dictionaries takes a moment and memory a process may never need. */
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, local: LOCAL_WORDS },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: VI_TRANSLATIONS,
    maxLength: PASSWORD_MAX_LENGTH,
  });
  return zxcvbn;
}

/** The person a password is for: their own names are the first guesses against it. */
export interface PasswordOwner {
  username: string;
  fullName: string;
}

function ownerWords({ username, fullName }: PasswordOwner): string[] {
  const name = foldVietnamese(fullName).toLowerCase().trim();
  const words = [username.toLowerCase(), ...username.toLowerCase().split(/[._-]+/), name, name.replace(/\s+/g, '')];
  return [...new Set([...words, ...name.split(/\s+/)].filter((w) => w.length > 0))];
}

/**
 * The password policy, the one place it is decided, wherever a password is set (own change,
 * an administrator's create or reset): 10 to 128 characters, not containing the username, and a zxcvbn
 * score of at least 3 with the local words and the person's own names. Returns a Vietnamese reason with
 * zxcvbn's advice, or null when the password is acceptable. Demo accounts are seeded with a hash, not
 * through this policy.
 */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `Mật khẩu phải có từ ${PASSWORD_MIN_LENGTH} đến ${PASSWORD_MAX_LENGTH} ký tự.`;
  }
  if (owner.username && foldVietnamese(password).toLowerCase().includes(owner.username.toLowerCase())) {
    return 'Mật khẩu không được chứa tên đăng nhập.';
  }
  // Also read without spaces and punctuation: `Mật-khẩu-2026` is `matkhau2026` to a guessing tool.
  const folded = foldVietnamese(password);
  const squeezed = folded.replace(/[\s\p{P}\p{S}]+/gu, '');
  const inputs = ownerWords(owner);
  const readings = squeezed.length > 0 && squeezed !== folded ? [folded, squeezed] : [folded];
  const [result] = readings.map((reading) => estimator().check(reading, inputs)).sort((a, b) => a.score - b.score) as [
    ReturnType<ZxcvbnFactory['check']>,
  ];
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((line) => line);
  return ['Mật khẩu quá dễ đoán.', ...advice, advice.length ? '' : 'Hãy dùng một cụm nhiều từ riêng của bạn.']
    .filter((line) => line)
    .join(' ');
}
