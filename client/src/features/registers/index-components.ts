import { formatNumber, parseDecimal } from '../../i18n/format';

export interface IndexComponentValue {
  name: string;
  score: number;
  maxScore: number | null;
}

/** One component per line, "Tên: điểm/điểm tối đa", as the office types them from the published table. */
export function formatComponents(components: IndexComponentValue[]): string {
  return components
    .map((c) => `${c.name}: ${formatNumber(c.score, 4)}${c.maxScore != null ? `/${formatNumber(c.maxScore, 4)}` : ''}`)
    .join('\n');
}

/** The components typed, or the 1-based number of the first line that is not one. */
export function parseComponents(text: string): { components: IndexComponentValue[] } | { badLine: number } {
  const components: IndexComponentValue[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(.+?):\s*([^/]+?)(?:\s*\/\s*(.+))?$/.exec(line);
    const score = m?.[2] ? parseDecimal(m[2]) : null;
    const maxScore = m?.[3] ? parseDecimal(m[3]) : null;
    if (!m?.[1] || score == null || Number.isNaN(score) || Number.isNaN(maxScore)) return { badLine: i + 1 };
    components.push({ name: m[1].trim(), score, maxScore });
  }
  return { components };
}
