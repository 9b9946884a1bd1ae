import { useQuery } from '@apollo/client/react';
import type { PlansPlanDetailQuery } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { inspectionTeamsQuery } from './operations';

export type Plan = PlansPlanDetailQuery['inspectionPlan'];
export type PlanLine = Plan['lines'][number];

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Units by their Vietnamese names. */
export const byName = new Intl.Collator('vi', { sensitivity: 'base' });

/** The twelve months as choices ("Tháng 5"). */
export function useMonthOptions() {
  const { t } = useI18n();
  return MONTHS.map((m) => ({ value: String(m), label: t('plans.monthValue', { month: m }) }));
}

/** The year's teams as choices. */
export function useTeamOptions(year: number) {
  const { data } = useQuery(inspectionTeamsQuery, { variables: { year } });
  return (data?.inspectionTeams ?? []).map((team) => ({ value: team.id, label: team.name }));
}
