/** How the minutes and the conclusion notice state a finding: what was found, the requirement only as a reference. */
export interface FindingStatement {
  /** What was found, as the inspector wrote it; null while nobody has. */
  foundText: string | null;
  /** The checklist item it is measured against: a reference, never the finding itself. */
  requirement: string | null;
}

export const NOT_WORDED = 'Chưa ghi thực trạng';

/** "Sổ theo dõi ghi đến 30/4 (Yêu cầu: Có sổ theo dõi hồ sơ)". */
export function findingText(finding: FindingStatement): string {
  const found = finding.foundText ?? `(${NOT_WORDED})`;
  return finding.requirement ? `${found} (Yêu cầu: ${finding.requirement})` : found;
}
