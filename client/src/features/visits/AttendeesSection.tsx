import { prefillAttendees } from '@kycuong/rules';
import { useEffect, useId, useState } from 'react';
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

/** A free-text part of the minutes the team writes at the visit, saved when the field is left. */
function MinutesTextSection(props: {
  value: string | null;
  label: string;
  hint?: string;
  testId: string;
  editable: boolean;
  save: (text: string) => Promise<unknown>;
}) {
  const { value, label, hint, testId, editable, save } = props;
  const { state, run } = useSave();
  const id = useId();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <section className="visit-section" data-testid={testId}>
      <h2>
        <label htmlFor={`${id}-text`}>{label}</label>
      </h2>
      {editable && hint && (
        <p className="muted" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={`${id}-text`}
        className="field-input"
        rows={6}
        value={text}
        disabled={!editable}
        aria-describedby={editable && hint ? `${id}-hint` : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (text !== (value ?? '')) run(() => save(text));
        }}
      />
      <SaveStatus state={state} />
    </section>
  );
}

/** Ý kiến của đơn vị được kiểm tra: what the unit said, printed in the minutes before the conclusion. */
export function UnitCommentsSection({ visit, editable }: { visit: FieldVisit; editable: boolean }) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  return (
    <MinutesTextSection
      value={visit.unitComments}
      label={t('visits.unitComments')}
      hint={t('visits.unitCommentsHint')}
      testId="visit-unit-comments"
      editable={editable}
      save={(unitComments) => writes.write('SET_VISIT_UNIT_COMMENTS', { unitComments })}
    />
  );
}

export function ConclusionSection({ visit, editable }: { visit: FieldVisit; editable: boolean }) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  return (
    <MinutesTextSection
      value={visit.conclusion}
      label={t('visits.conclusion')}
      testId="visit-conclusion"
      editable={editable}
      save={(conclusion) => writes.write('SET_VISIT_CONCLUSION', { conclusion })}
    />
  );
}
