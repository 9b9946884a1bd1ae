import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError, type RequestProblem } from '../../apollo/errors';
import type { AssessmentIndex, IndexResultFieldsFragment } from '../../apollo/generated/graphql';
import { formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { formatComponents, parseComponents } from './index-components';
import {
  createIndexResultMutation,
  indexResultsQuery,
  REGISTER_QUERIES,
  updateIndexResultMutation,
} from './operations';
import { RegisterFiles } from './RegisterFiles';

const INDICES: AssessmentIndex[] = ['SIPAS', 'PAR_INDEX'];

/** SIPAS and PAR INDEX of the year as published: one result per index, added or corrected. */
export function IndexResultsSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(indexResultsQuery, { variables: { year } });
  const [editing, setEditing] = useState<AssessmentIndex | null>(null);
  const results = data?.indexResults ?? [];
  return (
    <section className="stack" aria-label={t('registers.tab.indices')} data-testid="register-indices">
      <RegisterFiles register="index-results" year={year} canEdit={canEdit} />
      {loading && <Spinner label={t('common.loading')} />}
      {error && <Banner tone="error">{t('common.error')}</Banner>}
      {data &&
        INDICES.map((index) => {
          const result = results.find((r) => r.index === index) ?? null;
          if (editing === index)
            return (
              <IndexResultForm key={index} year={year} index={index} result={result} onDone={() => setEditing(null)} />
            );
          return (
            <section key={index} className="card stack" data-testid={`index-${index}`}>
              <h2 className="section-title">{t(`registers.index.${index}`)}</h2>
              {result ? (
                <>
                  <p className="card-strong">
                    {t('registers.indexTotal', { score: formatNumber(result.totalScore) })}
                    {result.rank != null && ` · ${t('registers.indexRank', { rank: result.rank })}`}
                  </p>
                  {result.components.length > 0 && (
                    <ul className="stack document-links">
                      {result.components.map((c) => (
                        <li key={c.name}>
                          {c.name}: {formatNumber(c.score)}
                          {c.maxScore != null && `/${formatNumber(c.maxScore)}`}
                        </li>
                      ))}
                    </ul>
                  )}
                  {result.note && <p className="muted">{result.note}</p>}
                </>
              ) : (
                <p className="muted">{t('registers.indexMissing', { year })}</p>
              )}
              {canEdit && (
                <Button variant="secondary" block onClick={() => setEditing(index)}>
                  {result ? t('registers.edit') : t('registers.indexAdd')}
                </Button>
              )}
            </section>
          );
        })}
    </section>
  );
}

function IndexResultForm({
  year,
  index,
  result,
  onDone,
}: {
  year: number;
  index: AssessmentIndex;
  result: IndexResultFieldsFragment | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [total, setTotal] = useState(result ? formatNumber(result.totalScore, 4).replace(/\./g, '') : '');
  const [rank, setRank] = useState(result?.rank != null ? String(result.rank) : '');
  const [note, setNote] = useState(result?.note ?? '');
  const [components, setComponents] = useState(result ? formatComponents(result.components) : '');
  const [problem, setProblem] = useState<RequestProblem | null>(null);
  const [create, creating] = useMutation(createIndexResultMutation, { refetchQueries: REGISTER_QUERIES });
  const [update, updating] = useMutation(updateIndexResultMutation, { refetchQueries: REGISTER_QUERIES });
  const totalScore = parseDecimal(total);
  const rankValue = rank.trim() ? Number(rank.trim()) : null;
  const parsed = parseComponents(components);
  const totalError = totalScore == null || Number.isNaN(totalScore) ? t('registers.indexTotalInvalid') : undefined;
  const rankError =
    rankValue != null && !(Number.isInteger(rankValue) && rankValue > 0) ? t('registers.indexRankInvalid') : undefined;
  const componentsError =
    'badLine' in parsed ? t('registers.indexComponentsInvalid', { line: parsed.badLine }) : undefined;
  const fields = problem?.fields ?? {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (totalError || rankError || 'badLine' in parsed || totalScore == null) return;
    setProblem(null);
    const input = { year, index, totalScore, rank: rankValue, note, components: parsed.components };
    try {
      if (result)
        await update({ variables: { input: { ...input, id: result.id, version: Math.trunc(result.version) } } });
      else await create({ variables: { input } });
      onDone();
    } catch (error) {
      setProblem(describeError(error));
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid={`index-form-${index}`}>
      <h2 className="section-title">{t(`registers.index.${index}`)}</h2>
      {problem && !Object.keys(fields).length && (
        <Banner tone="error">{problem.message ?? t('common.networkError')}</Banner>
      )}
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
      <div className="record-actions">
        <Button type="submit" disabled={creating.loading || updating.loading}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
