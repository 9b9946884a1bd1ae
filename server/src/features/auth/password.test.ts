import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.js';

const owner = { username: 'nguyenvana', fullName: 'Nguyễn Văn An' };

describe('password policy', () => {
  it.each([
    ['ngan1', /từ 10 đến 128/],
    ['x'.repeat(129), /từ 10 đến 128/],
    ['nguyenvana2026', /tên đăng nhập/],
    ['NguyenVanA-2026', /tên đăng nhập/],
    // issue 13: this passed the old rules
    ['1234567890a', /^Mật khẩu quá dễ đoán\. /],
    ['1234567890', /dễ đoán/],
    ['Password123', /dễ đoán/],
    ['matkhau@2026', /dễ đoán/],
    ['Mật-khẩu-2026', /dễ đoán/],
    ['KyCuong2026!', /dễ đoán/],
    ['kycuong@2026', /dễ đoán/],
    ['M4tKh4u@2026', /dễ đoán/],
    ['aaaaaaaaa1', /dễ đoán/],
    ['qwertyuiop1', /dễ đoán/],
    ['LangSon@2026', /dễ đoán/],
    ['Nguyễn Văn An 1990', /dễ đoán/],
    ['anhyeuem123', /dễ đoán/],
  ])('refuses %j', (password, reason) => {
    expect(passwordProblem(password, owner)).toMatch(reason);
  });

  it('says why in Vietnamese, with advice', () => {
    expect(passwordProblem('1234567890a', owner)).toBe(
      'Mật khẩu quá dễ đoán. Đây là một mật khẩu phổ biến. Thêm vài từ ít gặp.',
    );
  });

  it.each([
    'Cây bàng trước ngõ có 7 lá',
    'Thuyền nan qua sông Kỳ Cùng 1958',
    'Chim sẻ đậu cành mai 47',
    'gà gáy canh ba trăng mờ',
    'kycuong@2026 và hoa đào Mẫu Sơn',
  ])('accepts %j', (p) => {
    expect(passwordProblem(p, owner)).toBeNull();
  });
});
