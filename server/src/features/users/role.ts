import { registerEnumType } from 'type-graphql';

/** What a person does in the product; every operation names the roles it allows. */
export enum Role {
  ADMIN = 'ADMIN',
  /** chuyên viên Văn phòng Sở */
  OFFICE = 'OFFICE',
  /** Ban Giám đốc Sở */
  LEADERSHIP = 'LEADERSHIP',
  /** thành viên / trưởng đoàn kiểm tra */
  INSPECTOR = 'INSPECTOR',
  /** thủ trưởng đơn vị, bound to one unit */
  UNIT_HEAD = 'UNIT_HEAD',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

registerEnumType(Role, { name: 'Role', description: 'A user role' });
