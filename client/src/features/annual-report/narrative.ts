/** The parts of the annual report office staff write, in the order the report prints them. */
export const NARRATIVE_FIELDS = [
  'basis',
  'sipasTasks',
  'parTasks',
  'strengths',
  'weaknesses',
  'directions',
  'signerName',
] as const;

export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];
export type Narrative = Record<NarrativeField, string>;

export const EMPTY_NARRATIVE: Narrative = {
  basis: '',
  sipasTasks: '',
  parTasks: '',
  strengths: '',
  weaknesses: '',
  directions: '',
  signerName: '',
};

/** The narrative of a draft from the server (null parts as empty text), or an empty one. */
export function narrativeOf(draft: Partial<Record<NarrativeField, string | null>> | null | undefined): Narrative {
  const narrative = { ...EMPTY_NARRATIVE };
  for (const field of NARRATIVE_FIELDS) narrative[field] = draft?.[field] ?? '';
  return narrative;
}

/** Whether two narratives say the same, ignoring what the server trims anyway (outer spaces, CR). */
export function sameNarrative(a: Narrative, b: Narrative): boolean {
  const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();
  return NARRATIVE_FIELDS.every((field) => clean(a[field]) === clean(b[field]));
}

export const isEmptyNarrative = (n: Narrative): boolean => sameNarrative(n, EMPTY_NARRATIVE);

/** Unsaved text kept on this device per year, so that a reload or a closed tab does not lose it. */
export interface NarrativeBackup {
  /** The draft version the text was written on (null: no draft yet). */
  baseVersion: number | null;
  narrative: Narrative;
}

const backupKey = (userId: string, year: number) => `kycuong:annual-report:${userId}:${year}`;

export function readBackup(userId: string, year: number): NarrativeBackup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(userId, year));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as NarrativeBackup;
    return { baseVersion: parsed.baseVersion ?? null, narrative: narrativeOf(parsed.narrative) };
  } catch {
    return null;
  }
}

export function writeBackup(userId: string, year: number, backup: NarrativeBackup | null): void {
  try {
    if (backup) window.localStorage.setItem(backupKey(userId, year), JSON.stringify(backup));
    else window.localStorage.removeItem(backupKey(userId, year));
  } catch {
    // Storage full or disabled: the text stays on screen, only the copy on the device is missing.
  }
}
