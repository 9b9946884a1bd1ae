import { type EnumValue, graphqlEnum } from '../../common/graphql-enum.js';

/** What a person does in the product; every operation names the roles it allows. */
export const Role = graphqlEnum({ name: 'Role', description: 'A user role' }, [
  'ADMIN',
  /** chuyên viên Văn phòng Sở */
  'OFFICE',
  /** Ban Giám đốc Sở */
  'LEADERSHIP',
  /** thành viên / trưởng đoàn kiểm tra */
  'INSPECTOR',
  /** thủ trưởng đơn vị, bound to one unit */
  'UNIT_HEAD',
]);
export type Role = EnumValue<typeof Role>;

export const ALL_ROLES: readonly Role[] = Object.values(Role);
