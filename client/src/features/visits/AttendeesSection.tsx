import { prefillAttendees } from '@kycuong/rules';
import { useState } from 'react';
import type { AttendeeSide } from '../../apollo/generated/graphql';
import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { SaveStatus } from './SaveStatus';
import { useSave } from './useSave';
import { useVisitWrites } from './visit-writes';

interface AttendeeRow {
  key: string;
  name: string;
  position: string;
  side: AttendeeSide;
}

/**
 * The rows to show: the recorded attendees; with none recorded yet and the visit open for editing, the team
 * and the unit's heads as the minutes would print them (the shared prefill rule), for the inspector to edit.
 */
function rowsOf(visit: FieldVisit, editable: boolean): AttendeeRow[] {
  const attendees = editable ? prefillAttendees(visit.attendees, visit.teamMembers, visit.unitHeads) : visit.attendees;
  return attendees.map((attendee) => ({
    key: crypto.randomUUID(),
    name: attendee.name,
    position: attendee.position ?? '',
    side: attendee.side,
  }));
}

/** "Thành phần tham dự" of the minutes, saved whole whenever a row is left or removed. */
export function AttendeesSection({ visit, editable }: { visit: FieldVisit; editable: boolean }) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const [rows, setRows] = useState<AttendeeRow[]>(() => rowsOf(visit, editable));
  const prefilled = editable && visit.attendees.length === 0 && rows.length > 0;

  function save(next: AttendeeRow[]) {
    const attendees = next
      .filter((row) => row.name.trim())
      .map((row) => ({ name: row.name.trim(), position: row.position.trim() || null, side: row.side }));
    const same =
      attendees.length === visit.attendees.length &&
      attendees.every(
        (attendee, index) =>
          attendee.name === visit.attendees[index].name &&
          attendee.position === (visit.attendees[index].position ?? null) &&
          attendee.side === visit.attendees[index].side,
      );
    if (same) return;
    run(() => writes.write('SET_VISIT_ATTENDEES', { attendees }));
  }

  function update(key: string, change: Partial<AttendeeRow>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  return (
    <section className="visit-section" aria-labelledby="attendees-title" data-testid="visit-attendees">
      <h2 id="attendees-title">{t('visits.attendees')}</h2>
      {editable && <p className="muted">{t('visits.attendeesHint')}</p>}
      {prefilled && (
        <div className="stack" data-testid="attendees-prefilled">
          <p className="muted">{t('visits.attendeesPrefilled')}</p>
          {/* Nothing is recorded until saved: submission still asks for the attendees (ATTENDEES_MISSING). */}
          <Button variant="secondary" onClick={() => save(rows)}>
            {t('visits.saveAttendees')}
          </Button>
        </div>
      )}
      {rows.length === 0 && <p className="muted">{t('visits.attendeesEmpty')}</p>}
      <ol className="attendee-list">
        {rows.map((row) => (
          <li key={row.key} className="card attendee stack" onBlur={() => save(rows)}>
            <TextField
              label={t('visits.attendeeName')}
              value={row.name}
              disabled={!editable}
              autoComplete="off"
              onChange={(name) => update(row.key, { name })}
            />
            <TextField
              label={t('visits.attendeePosition')}
              value={row.position}
              disabled={!editable}
              autoComplete="off"
              onChange={(position) => update(row.key, { position })}
            />
            <Select
              label={t('visits.attendeeSide')}
              value={row.side}
              disabled={!editable}
              onChange={(side) => {
                const next = rows.map((r) => (r.key === row.key ? { ...r, side: side as AttendeeSide } : r));
                setRows(next);
                save(next);
              }}
              options={(['TEAM', 'UNIT'] as const).map((side) => ({ value: side, label: t(`visits.side.${side}`) }))}
            />
            {editable && (
              <Button
                variant="ghost"
                onClick={() => {
                  const next = rows.filter((r) => r.key !== row.key);
                  setRows(next);
                  save(next);
                }}
              >
                ✕ {t('visits.removeAttendee')}
              </Button>
            )}
          </li>
        ))}
      </ol>
      <SaveStatus state={state} />
      {editable && (
        <Button
          variant="secondary"
          onClick={() =>
            setRows((current) => [
              ...current,
              // The team is usually written first, then the unit's people.
              { key: crypto.randomUUID(), name: '', position: '', side: current.length === 0 ? 'TEAM' : 'UNIT' },
            ])
          }
        >
          + {t('visits.addAttendee')}
        </Button>
      )}
    </section>
  );
}
