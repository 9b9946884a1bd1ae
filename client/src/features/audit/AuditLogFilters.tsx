import { useEffect, useState } from 'react';
import type { UrlParams } from '../../app/url-params';
import { formatDate, parseVietnameseDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import { DateField } from '../../ui/DateField';
import { SearchBox } from '../../ui/SearchBox';
import { Select } from '../../ui/Select';
import { type AUDIT_LOG_PARAMS, RECORD_KINDS } from './audit-log-params';

type Param = (typeof AUDIT_LOG_PARAMS)[number];

interface Props {
  params: UrlParams<Param>;
  onChange: (patch: Partial<Record<Param, string | null>>) => void;
}

/** A day typed dd/mm/yyyy, put in the address (yyyy-mm-dd) once it reads as a day, or removed when emptied. */
function DayFilter({ label, value, onDay }: { label: string; value: string; onDay: (day: string | null) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(value ? formatDate(value) : '');
  useEffect(() => setText(value ? formatDate(value) : ''), [value]);
  const day = text.trim() ? parseVietnameseDate(text) : null;
  const wrong = text.trim() !== '' && day === null;
  return (
    <DateField
      label={label}
      value={text}
      onChange={(next) => {
        setText(next);
        const parsed = next.trim() ? parseVietnameseDate(next) : null;
        if (!next.trim()) onDay(null);
        else if (parsed) onDay(parsed);
      }}
      error={wrong ? t('auditLog.badDay') : undefined}
    />
  );
}

/** The log's filters, kept in the address: kind of record, who (by name, with or without marks), days. */
export function AuditLogFilters({ params, onChange }: Props) {
  const { t } = useI18n();
  return (
    <search className="filters">
      <Select
        label={t('auditLog.kind')}
        value={params.loai}
        onChange={(loai) => onChange({ loai: loai || null })}
        placeholder={t('auditLog.allKinds')}
        options={RECORD_KINDS.map((kind) => ({ value: kind, label: t(`auditLog.entity.${kind}` as MessageKey) }))}
      />
      <SearchBox label={t('auditLog.actor')} value={params.q} onSearch={(q) => onChange({ q: q || null })} />
      <DayFilter label={t('auditLog.from')} value={params.tu} onDay={(tu) => onChange({ tu })} />
      <DayFilter label={t('auditLog.to')} value={params.den} onDay={(den) => onChange({ den })} />
    </search>
  );
}
