import { useEffect, useId, useState } from 'react';
import type { FieldVisit } from '../../field/types';
import { useI18n } from '../../i18n/I18nProvider';
import { SaveStatus } from './SaveStatus';
import { useSave } from './useSave';
import { useVisitWrites } from './visit-writes';

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
