import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { AssessmentIndex, IndexResultFieldsFragment } from '../../apollo/generated/graphql';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { formatComponents, parseComponents } from './index-components';
import { createIndexResultMutation, REGISTER_QUERIES, updateIndexResultMutation } from './operations';
import { RegisterForm, useRegisterSave, versionOf } from './RegisterForm';

interface IndexResultFormProps {
  year: number;
  index: AssessmentIndex;
  result: IndexResultFieldsFragment | null;
  onDone: () => void;
}

/** An index's published result: total score, rank, the component scores one per line, and a note. */
export function IndexResultForm({ year, index, result, onDone }: IndexResultFormProps) {
  const { t } = useI18n();
  const [total, setTotal] = useState(result ? formatNumber(result.totalScore, 4).replace(/\./g, '') : '');
  const [rank, setRank] = useState(result?.rank != null ? String(result.rank) : '');
  const [rankOf, setRankOf] = useState(result?.rankOf != null ? String(result.rankOf) : '');
  const [note, setNote] = useState(result?.note ?? '');
  const [components, setComponents] = useState(result ? formatComponents(result.components) : '');
  const { problem, fields, save } = useRegisterSave(onDone);
  const [create, creating] = useMutation(createIndexResultMutation, { refetchQueries: REGISTER_QUERIES });
  const [update, updating] = useMutation(updateIndexResultMutation, { refetchQueries: REGISTER_QUERIES });
  const totalScore = parseDecimal(total);
  const rankValue = rank.trim() ? Number(rank.trim()) : null;
  const rankOfValue = rankOf.trim() ? Number(rankOf.trim()) : null;
  const parsed = parseComponents(components);
  const totalError = totalScore == null || Number.isNaN(totalScore) ? t('registers.indexTotalInvalid') : undefined;
  const rankError =
    rankValue != null && !(Number.isInteger(rankValue) && rankValue > 0) ? t('registers.indexRankInvalid') : undefined;
  const rankOfError =
    rankOfValue != null && !(Number.isInteger(rankOfValue) && rankOfValue > 0 && (rankValue ?? 0) <= rankOfValue)
      ? t('registers.indexRankOfInvalid')
      : undefined;
  const componentsError =
    'badLine' in parsed ? t('registers.indexComponentsInvalid', { line: parsed.badLine }) : undefined;

  function submit() {
    if (totalError || rankError || rankOfError || 'badLine' in parsed || totalScore == null) return;
    const input = {
      year,
      index,
      totalScore,
      rank: rankValue,
      rankOf: rankOfValue,
      note,
      components: parsed.components,
    };
    void save(() =>
      result ? update({ variables: { input: { ...input, ...versionOf(result) } } }) : create({ variables: { input } }),
    );
  }

  return (
    <RegisterForm
      title={t(`registers.index.${index}`)}
      testId={`index-form-${index}`}
      problem={problem}
      busy={creating.loading || updating.loading}
      onSubmit={submit}
      onCancel={onDone}
    >
      <div className="two-columns">
        <TextField
          label={t('registers.indexTotalLabel')}
          value={total}
          onChange={setTotal}
          inputMode="decimal"
          error={totalError ?? fields.totalScore}
          required
        />
        <TextField
          label={t('registers.indexRankLabel')}
          value={rank}
          onChange={setRank}
          inputMode="numeric"
          error={rankError ?? fields.rank}
        />
        <TextField
          label={t('registers.indexRankOfLabel')}
          value={rankOf}
          onChange={setRankOf}
          inputMode="numeric"
          error={rankOfError ?? fields.rankOf}
        />
      </div>
      <TextArea
        label={t('registers.indexComponentsLabel')}
        hint={t('registers.indexComponentsHint')}
        value={components}
        onChange={setComponents}
        rows={5}
        error={componentsError ?? fields.components}
      />
      <TextArea label={t('registers.indexNote')} value={note} onChange={setNote} error={fields.note} />
    </RegisterForm>
  );
}
