// Types of check-imports.mjs, for tests/server/import-direction.test.ts.
export interface Violation {
  file: string;
  target: string;
  rule: string;
}
export interface Cycle {
  path: string[];
  files: number;
}
export interface ImportCheck {
  direction: Violation[];
  cycles: Cycle[];
  allowedSeen: string[];
  stale: string[];
}
export const ALLOW_FILE: string;
export function importSpecifiers(source: string): string[];
export function importGraph(root: string, folder: string): Map<string, string[]>;
export function findCycles(graph: Map<string, string[]>): Cycle[];
export function violationKey(violation: { file: string; target: string }): string;
export function checkImports(root: string, allowed?: readonly string[]): ImportCheck;
