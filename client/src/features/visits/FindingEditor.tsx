import { useId, useState } from 'react';
import type { FindingSeverity } from '../../apollo/generated/graphql';
import type { VisitFinding } from '../../field/types';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { SaveStatus } from './SaveStatus';
import { useSave } from './useSave';
import { useVisitWrites } from './visit-writes';

const SEVERITIES: FindingSeverity[] = ['LOW', 'MEDIUM', 'HIGH'];

interface FindingEditorProps {
  finding?: VisitFinding;
  findingId: string;
  editable: boolean;
  onDiscard?: () => void;
}

/** Keeps the saved state across a new server version of the finding, which resets the form below. */
export function FindingEditor(props: FindingEditorProps) {
  const save = useSave();
  // Also reset when the finding follows its answer's wording on the phone (no new server version yet).
  const key = `${props.finding?.version ?? 'new'}:${props.finding?.foundText ?? ''}:${props.finding?.recommendation ?? ''}`;
  return <FindingForm key={key} {...props} save={save} />;
}

function FindingForm({
  finding,
  findingId,
  editable,
  onDiscard,
  save: { state, run, setState },
}: FindingEditorProps & { save: ReturnType<typeof useSave> }) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  const id = useId();
  const [severity, setSeverity] = useState<FindingSeverity>(finding?.severity ?? 'MEDIUM');
  const [description, setDescription] = useState(finding?.foundText ?? '');
  const [recommendation, setRecommendation] = useState(finding?.recommendation ?? '');
  const [deadline, setDeadline] = useState(finding?.deadline ?? '');

  function save() {
    if (!description.trim()) {
      setState({ status: 'error', message: t('visits.descriptionRequired') });
      return;
    }
    run(() =>
      writes.write('SAVE_FINDING', {
        findingId,
        itemId: finding?.itemId ?? null,
        severity,
        description: description.trim(),
        recommendation: recommendation.trim() || null,
        deadline: deadline || null,
      }),
    );
  }

  function remove() {
    if (!finding) {
      onDiscard?.();
      return;
    }
    run(() => writes.write('DELETE_FINDING', { findingId }));
  }

  return (
    <div className="card visit-finding stack" data-testid={`finding-${finding?.itemCode ?? findingId}`}>
      <p className="finding-source">
        {finding?.itemCode ? t('visits.findingOfItem', { code: finding.itemCode }) : t('visits.freeFinding')}
        {finding?.groupTitle && <span className="muted"> · {finding.groupTitle}</span>}
      </p>
      {finding?.requirement && <p className="muted">{t('findings.requirement', { text: finding.requirement })}</p>}
      <Select
        label={t('visits.severity')}
        value={severity}
        disabled={!editable}
        onChange={(value) => setSeverity(value as FindingSeverity)}
        options={SEVERITIES.map((value) => ({ value, label: t(`visits.severity.${value}`) }))}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-description`}>
          {t('visits.description')}
        </label>
        <textarea
          id={`${id}-description`}
          className="field-input"
          rows={3}
          value={description}
          disabled={!editable}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-recommendation`}>
          {t('visits.recommendation')}
        </label>
        <textarea
          id={`${id}-recommendation`}
          className="field-input"
          rows={2}
          value={recommendation}
          disabled={!editable}
          onChange={(event) => setRecommendation(event.target.value)}
        />
      </div>
      <TextField
        label={t('visits.deadline')}
        type="date"
        value={deadline}
        disabled={!editable}
        onChange={setDeadline}
        hint={deadline ? formatDate(deadline) : undefined}
      />
      <SaveStatus state={state} />
      {editable && (
        <div className="row">
          <Button onClick={save}>{t('visits.saveFinding')}</Button>
          {!finding?.fromFailedItem && (
            <Button variant="danger" onClick={remove}>
              {t('visits.deleteFinding')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
