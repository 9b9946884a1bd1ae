import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.js';

describe('password policy', () => {
  it.each([
    ['ngan1', /từ 10 đến 128/],
    ['x'.repeat(129), /từ 10 đến 128/],
    ['chichuachuso', /cả chữ và số/],
    ['1234567890', /cả chữ và số/],
    ['nguyenvana2026', /tên đăng nhập/],
    ['Password123', /dễ đoán/],
    ['matkhau@2026', /dễ đoán/],
    ['Mật-khẩu-2026', /dễ đoán/],
    ['KyCuong2026!', /dễ đoán/],
    ['aaaaaaaaa1', /dễ đoán/],
    ['abab1212ab', /dễ đoán/],
  ])('refuses %j', (password, reason) => {
    expect(passwordProblem(password, 'nguyenvana')).toMatch(reason);
  });

  it.each(['MatKhauMoi2026', 'DatLai2026xyz', 'TamThoi2026', 'Cây bàng 7 lá', 'kycuong@2026-hue'])(
    'accepts %j',
    (p) => {
      expect(passwordProblem(p, 'nguyenvana')).toBeNull();
    },
  );
});
