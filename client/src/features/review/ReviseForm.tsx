import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { PassFail } from '../../apollo/generated/graphql';
import { parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { TitledSection } from '../../ui/TitledSection';
import { auditTrailRefetch } from '../audit/operations';
import { reviseVisitMutation } from './operations';
import { checklistItems, type Notify, type ReviewVisit } from './review-visit';

const PASS_FAIL: PassFail[] = ['PASS', 'FAIL', 'NOT_APPLICABLE'];

/** Revising an approved visit: its conclusion or one criterion's answer, with a reason kept in the history. */
export function ReviseForm({ visit, onDone }: { visit: ReviewVisit; onDone: Notify }) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [conclusion, setConclusion] = useState(visit.conclusion ?? '');
  const [itemId, setItemId] = useState('');
  const [passFail, setPassFail] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [foundText, setFoundText] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [revise, { loading }] = useMutation(reviseVisitMutation, { refetchQueries: [auditTrailRefetch(visit.id)] });
  const items = checklistItems(visit);
  const item = items.find((candidate) => candidate.id === itemId);

  function chooseItem(id: string) {
    setItemId(id);
    const answer = visit.answers.find((candidate) => candidate.itemId === id);
    setPassFail(answer?.passFail ?? '');
    setValue(answer?.numberValue != null ? String(answer.numberValue).replace('.', ',') : (answer?.textValue ?? ''));
    setNote(answer?.note ?? '');
    setFoundText(answer?.foundText ?? '');
    setRecommendation(answer?.recommendation ?? '');
  }

  async function submit() {
    if (!reason.trim()) {
      setProblem(t('review.reasonRequired'));
      return;
    }
    const conclusionChanged = conclusion.trim() !== (visit.conclusion ?? '').trim();
    const answers = item
      ? [
          {
            itemId: item.id,
            note: note.trim() || null,
            passFail: item.answerType === 'PASS_FAIL' ? ((passFail || null) as PassFail | null) : null,
            numberValue: item.answerType === 'NUMBER' ? parseDecimal(value) : null,
            textValue: item.answerType === 'TEXT' ? value.trim() || null : null,
            foundText: foundText.trim() || null,
            recommendation: recommendation.trim() || null,
          },
        ]
      : [];
    if (!conclusionChanged && answers.length === 0) {
      setProblem(t('review.reviseNothing'));
      return;
    }
    setProblem(null);
    try {
      await revise({
        variables: {
          input: {
            visitId: visit.id,
            reason: reason.trim(),
            conclusion: conclusionChanged ? conclusion.trim() : null,
            answers,
          },
        },
      });
      setOpen(false);
      setReason('');
      setItemId('');
      onDone({ tone: 'success', text: t('review.revised') });
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  if (!open) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('review.revise')}
        </Button>
      </div>
    );
  }
  return (
    <TitledSection className="card stack" titleId="revise-title" title={t('review.reviseTitle')} testId="revise-form">
      {problem && <Banner tone="error">{problem}</Banner>}
      <TextField label={t('review.reason')} value={reason} onChange={setReason} required />
      <TextArea label={t('review.conclusion')} value={conclusion} onChange={setConclusion} rows={4} />
      <Select
        label={t('review.reviseItem')}
        value={itemId}
        onChange={chooseItem}
        placeholder={t('review.reviseNoItem')}
        options={items.map((candidate) => ({ value: candidate.id, label: `${candidate.code} ${candidate.text}` }))}
      />
      {item?.answerType === 'PASS_FAIL' && (
        <Select
          label={t('review.reviseAnswer')}
          value={passFail}
          onChange={setPassFail}
          options={PASS_FAIL.map((option) => ({ value: option, label: t(`review.answer.${option}`) }))}
        />
      )}
      {item?.answerType === 'NUMBER' && (
        <TextField label={t('review.reviseNumber')} inputMode="decimal" value={value} onChange={setValue} />
      )}
      {item?.answerType === 'TEXT' && <TextArea label={t('review.reviseText')} value={value} onChange={setValue} />}
      {item && <TextField label={t('review.reviseNote')} value={note} onChange={setNote} />}
      {item && passFail === 'FAIL' && (
        <>
          <TextArea label={t('visits.foundText')} value={foundText} onChange={setFoundText} rows={3} />
          <TextArea label={t('visits.recommendation')} value={recommendation} onChange={setRecommendation} rows={2} />
        </>
      )}
      <div className="row">
        <Button onClick={submit} disabled={loading}>
          {t('review.reviseSubmit')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </TitledSection>
  );
}
