import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { Role } from '../../apollo/generated/graphql';
import { PAGE_PARAM, type UrlParams } from '../../app/url-params';
import { useI18n } from '../../i18n/I18nProvider';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { unitChoicesQuery } from './operations';

export const USER_PARAMS = ['q', 'vai-tro', 'don-vi', 'trang-thai', PAGE_PARAM] as const;
type UserParam = (typeof USER_PARAMS)[number];

export const ROLES: Role[] = ['INSPECTOR', 'UNIT_HEAD', 'LEADERSHIP', 'OFFICE', 'ADMIN'];
const byName = new Intl.Collator('vi', { sensitivity: 'base' });

/** The units to choose from, by name. */
export function useUnitOptions() {
  const units = useQuery(unitChoicesQuery);
  return [...(units.data?.units ?? [])]
    .sort((a, b) => byName.compare(a.name, b.name))
    .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }));
}

interface UserFiltersProps {
  params: UrlParams<UserParam>;
  onChange: (patch: Partial<Record<UserParam, string | null>>) => void;
}

/** Search and filters of the users list, kept in the address; the search is sent after a pause in typing. */
export function UserFilters({ params, onChange }: UserFiltersProps) {
  const { t } = useI18n();
  const unitOptions = useUnitOptions();
  const [text, setText] = useState(params.q);
  useEffect(() => setText(params.q), [params.q]);
  useEffect(() => {
    if (text === params.q) return;
    const timer = setTimeout(() => onChange({ q: text || null }), 300);
    return () => clearTimeout(timer);
  }, [text, params.q, onChange]);

  return (
    <search className="card user-filters">
      <TextField label={t('users.search')} type="search" value={text} onChange={setText} autoComplete="off" />
      <Select
        label={t('users.unit')}
        value={params['don-vi']}
        onChange={(value) => onChange({ 'don-vi': value || null })}
        placeholder={t('users.allUnits')}
        options={unitOptions}
      />
      <Select
        label={t('users.role')}
        value={params['vai-tro']}
        onChange={(value) => onChange({ 'vai-tro': value || null })}
        placeholder={t('users.allRoles')}
        options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
      />
      <Select
        label={t('users.status')}
        value={params['trang-thai']}
        onChange={(value) => onChange({ 'trang-thai': value || null })}
        placeholder={t('users.allStatuses')}
        options={[
          { value: 'ACTIVE', label: t('users.active') },
          { value: 'LOCKED', label: t('users.locked') },
        ]}
      />
    </search>
  );
}
