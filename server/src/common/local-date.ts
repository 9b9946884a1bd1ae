/** The department works on Vietnam time: the rule is shared with the phone (@kycuong/rules). */
export { DEPARTMENT_TIME_ZONE, todayLocalDate } from '@kycuong/rules';
