import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { UnitFieldsFragment } from '../../apollo/generated/graphql';
import { useDebounced } from '../../app/useDebounced';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { AgencyPeriodsSection } from '../agency/AgencyPeriodsSection';
import { can } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { unitFields, unitSearchQuery, unitsQuery } from './operations';
import { UnitDetailPanel } from './UnitDetailPanel';
import { UnitImportSection } from './UnitImportSection';
import { UnitTree } from './UnitTree';
import { buildUnitTree, expandableIds } from './unit-tree';
import './units.css';

const SEARCH_DELAY_MS = 300;

export function UnitsScreen() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canEdit = can(user, 'UNIT_MANAGE');
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const term = useDebounced(search.trim(), SEARCH_DELAY_MS);

  const all = useQuery(unitsQuery, { variables: { filter: { includeInactive } } });
  const found = useQuery(
    unitSearchQuery,
    term ? { variables: { filter: { search: term, includeInactive } } } : skipToken,
  );

  const units: UnitFieldsFragment[] = (all.data ?? all.previousData)?.units ?? [];
  const matches = term ? (found.data ?? found.previousData)?.units : undefined;
  const matchedIds = useMemo(() => (matches ? new Set(matches.map((unit) => unit.id)) : null), [matches]);
  const tree = useMemo(() => buildUnitTree(units, matchedIds), [units, matchedIds]);

  // Manual expand/collapse choices are kept per search term; a new term starts from its default view.
  const [toggles, setToggles] = useState<{ term: string; open: Map<string, boolean> }>({ term: '', open: new Map() });
  const open = toggles.term === term ? toggles.open : new Map<string, boolean>();
  const isOpen = (id: string, depth: number) => open.get(id) ?? (term ? true : depth < 1);
  const setOpen = (ids: string[], value: boolean) => {
    const next = new Map(open);
    for (const id of ids) next.set(id, value);
    setToggles({ term, open: next });
  };

  const client = useApolloClient();
  // A unit just deactivated leaves the list of active units; keep its panel open from the cache.
  const selected =
    units.find((unit) => unit.id === selectedId) ??
    (selectedId
      ? client.cache.readFragment({
          id: client.cache.identify({ __typename: 'Unit', id: selectedId }),
          fragment: unitFields,
        })
      : null);
  const firstLoad = units.length === 0 && all.loading;

  return (
    <>
      <PageHeader title={t('units.title')}>
        {!canEdit && <span className="muted">{t('units.viewOnly')}</span>}
      </PageHeader>
      <div className="stack">
        <div className="card stack">
          <TextField
            label={t('units.search')}
            type="search"
            placeholder={t('units.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            autoComplete="off"
            enterKeyHint="search"
          />
          <Checkbox label={t('units.includeInactive')} checked={includeInactive} onChange={setIncludeInactive} />
        </div>

        {all.error && units.length === 0 && <Banner tone="error">{t('common.networkError')}</Banner>}
        {firstLoad && <Spinner label={t('common.loading')} />}

        {!firstLoad && (
          <div className="row tree-tools">
            <span className="muted" aria-live="polite">
              {matches ? t('units.matches', { count: matches.length }) : ''}
            </span>
            <span className="row">
              <Button variant="ghost" onClick={() => setOpen(expandableIds(tree), true)}>
                {t('units.expandAll')}
              </Button>
              <Button variant="ghost" onClick={() => setOpen(expandableIds(tree), false)}>
                {t('units.collapseAll')}
              </Button>
            </span>
          </div>
        )}

        {!firstLoad && tree.length === 0 && <Banner>{t('units.empty')}</Banner>}
        {tree.length > 0 && (
          <UnitTree
            nodes={tree}
            searching={Boolean(term)}
            isOpen={isOpen}
            onToggle={(id, value) => setOpen([id], value)}
            onSelect={setSelectedId}
          />
        )}
        {canEdit && <UnitImportSection />}
        {can(user, 'AGENCY_READ') && <AgencyPeriodsSection canEdit={can(user, 'AGENCY_MANAGE')} />}
      </div>
      {selected && (
        <UnitDetailPanel
          key={selected.id}
          unit={selected}
          units={units}
          canEdit={canEdit}
          onClose={() => setSelectedId(null)}
        />
      )}
    </>
  );
}
