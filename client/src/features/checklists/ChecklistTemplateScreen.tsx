import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { AnswerType, ChecklistsVersionDetailFragment } from '../../apollo/generated/graphql';
import { formatInstant, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TableWrap } from '../../ui/TableWrap';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { ExcelTransfer } from './ExcelTransfer';
import '../../ui/data.css';
import { canManageInspections } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import {
  addGroup,
  addItem,
  type DraftGroup,
  type DraftProblem,
  draftFromVersion,
  draftProblems,
  draftToInput,
  moveItem,
  removeGroup,
  removeItem,
  updateGroup,
  updateItem,
} from './draft';
import {
  checklistTemplateDetailQuery,
  checklistTemplatesQuery,
  publishChecklistDraftMutation,
  saveChecklistDraftMutation,
} from './operations';

const ANSWER_TYPES: AnswerType[] = ['PASS_FAIL', 'NUMBER', 'TEXT'];

export function ChecklistTemplateScreen({ templateId }: { templateId: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { data, loading, error } = useQuery(checklistTemplateDetailQuery, { fetchPolicy: 'cache-and-network' });
  // Kept here: publishing replaces the draft, which remounts the editor.
  const [publishedNumber, setPublishedNumber] = useState<number | null>(null);
  const template = data?.checklistTemplates.find((item) => item.id === templateId);
  if (!template) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error).message ?? t('common.networkError')) : t('checklists.notFound')}
      </Banner>
    );
  }
  const published = template.latestPublished;
  return (
    <>
      <PageHeader title={template.name}>
        <span className="muted">{template.code}</span>
      </PageHeader>
      <div className="stack">
        <p className="record-meta">
          {template.versions.map((version) => (
            <span key={version.id}>
              {t('checklists.version', { number: version.number })}:{' '}
              <span className={version.status === 'PUBLISHED' ? 'badge badge-success' : 'badge badge-warning'}>
                {t(`checklists.status.${version.status}`)}
              </span>
              {version.publishedAt ? ` ${formatInstant(version.publishedAt)}` : null}
            </span>
          ))}
        </p>
        <section className="card stack" aria-labelledby="published-title">
          <h2 id="published-title" className="section-title">
            {t('checklists.latestPublished')}
            {published && ` · ${t('checklists.version', { number: published.number })}`}
          </h2>
          {published ? (
            <>
              {published.publishedAt && (
                <p className="muted">{t('checklists.publishedAt', { date: formatInstant(published.publishedAt) })}</p>
              )}
              <details>
                <summary className="field-label">{t('checklists.showPublished')}</summary>
                <PublishedVersion version={published} />
              </details>
            </>
          ) : (
            <p className="muted">{t('checklists.noPublished')}</p>
          )}
        </section>
        {publishedNumber != null && (
          <Banner tone="success">{t('checklists.published', { number: publishedNumber })}</Banner>
        )}
        {canManageInspections(user.role) && <ExcelTransfer templateId={template.id} versions={template.versions} />}
        {canManageInspections(user.role) && (
          <DraftEditor
            onPublished={setPublishedNumber}
            key={template.draft?.id ?? `from-${published?.id ?? 'empty'}`}
            templateId={template.id}
            draft={template.draft ?? null}
            published={published ?? null}
          />
        )}
      </div>
    </>
  );
}

function PublishedVersion({ version }: { version: ChecklistsVersionDetailFragment }) {
  const { t } = useI18n();
  return (
    <div className="stack">
      {version.groups.map((group) => (
        <div key={group.id} className="stack">
          <h3>
            {group.code}. {group.title}
          </h3>
          <TableWrap label={`${group.code}. ${group.title}`}>
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t('checklists.itemCode')}</th>
                  <th>{t('checklists.itemText')}</th>
                  <th>{t('checklists.answerType')}</th>
                  <th className="num">{t('checklists.points')}</th>
                  <th>{t('checklists.photoRequired')}</th>
                  <th>{t('checklists.required')}</th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((item) => (
                  <tr key={item.id}>
                    <td>{item.code}</td>
                    <td>
                      {item.text}
                      {item.legalBasis && (
                        <div className="muted">
                          {t('checklists.legalBasis')}: {item.legalBasis}
                        </div>
                      )}
                    </td>
                    <td>
                      {t(`checklists.answerType.${item.answerType}`)}
                      {item.answerType === 'NUMBER' && (item.minValue != null || item.maxValue != null) && (
                        <div className="muted">
                          {item.minValue != null ? formatNumber(item.minValue) : '…'}–
                          {item.maxValue != null ? formatNumber(item.maxValue) : '…'}
                        </div>
                      )}
                    </td>
                    <td className="num">{formatNumber(item.points)}</td>
                    <td>{item.photoRequiredOnFail ? t('checklists.yes') : '—'}</td>
                    <td>{item.required ? t('checklists.yes') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </div>
      ))}
    </div>
  );
}

function problemText(t: ReturnType<typeof useI18n>['t'], problem: DraftProblem): string {
  switch (problem.kind) {
    case 'noGroups':
      return t('checklists.problem.noGroups');
    case 'emptyGroupTitle':
    case 'emptyGroup':
      return t(`checklists.problem.${problem.kind}`, { code: problem.groupCode });
    default:
      return t(`checklists.problem.${problem.kind}`, { code: problem.itemCode });
  }
}

interface DraftEditorProps {
  templateId: string;
  draft: ChecklistsVersionDetailFragment | null;
  published: ChecklistsVersionDetailFragment | null;
  onPublished: (versionNumber: number) => void;
}

function DraftEditor({ templateId, draft, published, onPublished }: DraftEditorProps) {
  const { t } = useI18n();
  const [groups, setGroupsState] = useState<DraftGroup[]>(() => draftFromVersion(draft ?? published));
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refetchQueries = [{ query: checklistTemplateDetailQuery }, { query: checklistTemplatesQuery }];
  const [save, saveState] = useMutation(saveChecklistDraftMutation);
  const [publish, publishState] = useMutation(publishChecklistDraftMutation, { refetchQueries });
  const busy = saveState.loading || publishState.loading;
  const problems = draftProblems(groups);

  function change(next: DraftGroup[]) {
    setGroupsState(next);
    setDirty(true);
    setMessage(null);
  }

  async function saveDraft(): Promise<boolean> {
    if (problems.length > 0) {
      setMessage({ tone: 'error', text: problems.map((problem) => problemText(t, problem)).join(' ') });
      return false;
    }
    try {
      await save({ variables: { input: { templateId, groups: draftToInput(groups) } } });
      setDirty(false);
      return true;
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error).message ?? t('common.networkError') });
      return false;
    }
  }

  async function onSave() {
    setMessage(null);
    if (await saveDraft()) setMessage({ tone: 'success', text: t('checklists.draftSaved') });
  }

  async function onPublish() {
    setConfirming(false);
    setMessage(null);
    // The draft on screen is what the user means to publish: save it first when it changed.
    if ((dirty || !draft) && !(await saveDraft())) return;
    try {
      const { data } = await publish({ variables: { templateId } });
      if (data) onPublished(data.publishChecklistDraft.number);
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error).message ?? t('common.networkError') });
    }
  }

  return (
    <section className="card stack editor-card" aria-labelledby="draft-title">
      <h2 id="draft-title" className="section-title">
        {t('checklists.draftEditor')}
        {draft && ` · ${t('checklists.version', { number: draft.number })}`}
      </h2>
      {!draft && published && <Banner>{t('checklists.draftFromPublished')}</Banner>}
      {groups.map((group) => (
        <fieldset key={group.key} className="stack form-section editor-group" data-testid="draft-group">
          <legend className="field-label">{t('checklists.group', { code: group.code })}</legend>
          <div className="row">
            <div style={{ flex: 1, minWidth: 200 }}>
              <TextField
                label={t('checklists.groupTitle')}
                value={group.title}
                onChange={(title) => change(updateGroup(groups, group.key, { title }))}
              />
            </div>
            <Button variant="danger" onClick={() => change(removeGroup(groups, group.key))}>
              {t('checklists.removeGroup')}
            </Button>
          </div>
          {group.items.map((item, index) => (
            <div key={item.key} className="editor-item" data-testid="draft-item">
              <div className="editor-item-head">
                <strong>{item.code}</strong>
                <Button
                  variant="secondary"
                  disabled={index === 0}
                  onClick={() => change(moveItem(groups, group.key, item.key, -1))}
                  aria-label={`${t('checklists.moveUp')} ${item.code}`}
                >
                  <span aria-hidden="true">↑</span> <span className="btn-word">{t('checklists.moveUp')}</span>
                </Button>
                <Button
                  variant="secondary"
                  disabled={index === group.items.length - 1}
                  onClick={() => change(moveItem(groups, group.key, item.key, 1))}
                  aria-label={`${t('checklists.moveDown')} ${item.code}`}
                >
                  <span aria-hidden="true">↓</span> <span className="btn-word">{t('checklists.moveDown')}</span>
                </Button>
                <Button
                  variant="danger"
                  onClick={() => change(removeItem(groups, group.key, item.key))}
                  aria-label={`${t('checklists.removeItem')} ${item.code}`}
                >
                  {t('checklists.removeItem')}
                </Button>
              </div>
              <TextArea
                label={t('checklists.itemText')}
                value={item.text}
                rows={4}
                onChange={(text) => change(updateItem(groups, group.key, item.key, { text }))}
              />
              <details>
                <summary className="field-label">
                  {t(`checklists.answerType.${item.answerType}`)} ·{' '}
                  {t('checklists.pointsValue', { points: item.points || '0' })}
                  {item.required && ` · ${t('checklists.required')}`}
                </summary>
                <div className="stack" style={{ marginTop: 8 }}>
                  <TextArea
                    label={t('checklists.guidance')}
                    value={item.guidance}
                    rows={2}
                    onChange={(guidance) => change(updateItem(groups, group.key, item.key, { guidance }))}
                  />
                  <TextField
                    label={t('checklists.legalBasis')}
                    value={item.legalBasis}
                    onChange={(legalBasis) => change(updateItem(groups, group.key, item.key, { legalBasis }))}
                  />
                  <div className="editor-grid">
                    <Select
                      label={t('checklists.answerType')}
                      value={item.answerType}
                      onChange={(value) =>
                        change(updateItem(groups, group.key, item.key, { answerType: value as AnswerType }))
                      }
                      options={ANSWER_TYPES.map((type) => ({ value: type, label: t(`checklists.answerType.${type}`) }))}
                    />
                    {item.answerType === 'NUMBER' && (
                      <>
                        <TextField
                          label={t('checklists.minValue')}
                          inputMode="decimal"
                          value={item.minValue}
                          onChange={(minValue) => change(updateItem(groups, group.key, item.key, { minValue }))}
                        />
                        <TextField
                          label={t('checklists.maxValue')}
                          inputMode="decimal"
                          value={item.maxValue}
                          onChange={(maxValue) => change(updateItem(groups, group.key, item.key, { maxValue }))}
                        />
                      </>
                    )}
                    <TextField
                      label={t('checklists.points')}
                      inputMode="decimal"
                      value={item.points}
                      onChange={(points) => change(updateItem(groups, group.key, item.key, { points }))}
                    />
                  </div>
                  <div className="row">
                    {item.answerType === 'PASS_FAIL' && (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={item.photoRequiredOnFail}
                          onChange={(event) =>
                            change(
                              updateItem(groups, group.key, item.key, { photoRequiredOnFail: event.target.checked }),
                            )
                          }
                        />
                        {t('checklists.photoRequired')}
                      </label>
                    )}
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={item.required}
                        onChange={(event) =>
                          change(updateItem(groups, group.key, item.key, { required: event.target.checked }))
                        }
                      />
                      {t('checklists.required')}
                    </label>
                  </div>
                </div>
              </details>
            </div>
          ))}
          <div>
            <Button variant="secondary" onClick={() => change(addItem(groups, group.key))}>
              + {t('checklists.addItem')}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button variant="secondary" onClick={() => change(addGroup(groups))}>
          + {t('checklists.addGroup')}
        </Button>
      </div>
      {message && <Banner tone={message.tone}>{message.text}</Banner>}
      {dirty && <p className="muted">{t('checklists.unsaved')}</p>}
      <div className="row">
        <Button variant="secondary" onClick={onSave} disabled={busy || !dirty}>
          {t('checklists.saveDraft')}
        </Button>
        <Button onClick={() => setConfirming(true)} disabled={busy || groups.length === 0}>
          {t('checklists.publish')}
        </Button>
      </div>
      <Dialog open={confirming} title={t('checklists.publishTitle')} onClose={() => setConfirming(false)}>
        <p>{t('checklists.publishExplain')}</p>
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onPublish}>{t('checklists.publish')}</Button>
        </div>
      </Dialog>
    </section>
  );
}
