import type { UnitKind } from '../../apollo/generated/graphql';

export const UNIT_KINDS: UnitKind[] = [
  'DEPARTMENT',
  'OFFICE',
  'INSPECTORATE',
  'DIVISION',
  'BOARD',
  'SUB_DEPARTMENT',
  'CENTER',
  'RANGER_STATION',
  'OTHER',
];
