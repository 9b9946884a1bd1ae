/** Labels for audit-trail entries: the server records English codes, people read Vietnamese. */
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'START',
  'SUBMIT',
  'RETURN',
  'APPROVE',
  'REVISE',
  'ATTACH',
  'REMOVE',
  'SET_ATTENDEES',
  'SET_CONCLUSION',
  'SET_UNIT_COMMENTS',
  'CREATE_FROM_FAILED_ITEM',
  'REMOVE_ITEM_NO_LONGER_FAILED',
  'REPORT_REMEDIATION',
  'CLOSE',
  'REOPEN',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function knownAuditAction(action: string): AuditAction | null {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : null;
}

/** The thing an entry changed; an answer's "UPDATE" reads differently from a finding's. */
export type AuditSubject = 'visit' | 'answer' | 'finding' | 'attachment' | 'other';

export function auditSubject(entityType: string): AuditSubject {
  switch (entityType) {
    case 'Visit':
      return 'visit';
    case 'VisitAnswer':
      return 'answer';
    case 'Finding':
      return 'finding';
    case 'Attachment':
      return 'attachment';
    default:
      return 'other';
  }
}

export interface AuditChange {
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between `before` and `after`, in the order they first appear.
 * Fields present on one side only count as changes; a missing side is treated as empty.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => !same(b[field], a[field]))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

/** A short, readable form of one value: long texts are cut, lists are counted. */
export function compactValue(value: unknown, maxLength = 60): string {
  if (value == null || value === '') return '—';
  if (Array.isArray(value)) return `[${value.length}]`;
  if (isRecord(value)) return compactValue(JSON.stringify(value), maxLength);
  const text = String(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
