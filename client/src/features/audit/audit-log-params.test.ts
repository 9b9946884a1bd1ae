import { describe, expect, it } from 'vitest';
import { auditLogFilter } from './audit-log-params';

describe("the system log's filter from its address", () => {
  it.each([
    [
      { loai: 'Visit', q: ' hoa ', tu: '2026-12-01', den: '2026-12-07', trang: '2' },
      {
        entityType: 'Visit',
        actor: 'hoa',
        from: '2026-12-01',
        to: '2026-12-07',
      },
    ],
    [
      { loai: 'Nothing', q: '', tu: '01/12/2026', den: '', trang: '' },
      {
        entityType: null,
        actor: null,
        from: null,
        to: null,
      },
    ],
    [
      { loai: '', q: '   ', tu: '', den: '2026-13', trang: '' },
      { entityType: null, actor: null, from: null, to: null },
    ],
  ])('%o reads as %o', (params, filter) => {
    expect(auditLogFilter(params)).toEqual(filter);
  });
});
