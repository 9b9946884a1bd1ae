import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { ChecklistsVersionDetailFragment } from '../../apollo/generated/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { DraftGroupEditor } from './DraftGroupEditor';
import {
  addGroup,
  type DraftEdit,
  type DraftGroup,
  type DraftProblem,
  draftFromVersion,
  draftProblems,
  draftToInput,
} from './draft';
import {
  checklistTemplateDetailQuery,
  checklistTemplatesQuery,
  publishChecklistDraftMutation,
  saveChecklistDraftMutation,
} from './operations';

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

/** The checklist's draft: groups and criteria edited on screen, saved as a draft, then published. */
export function DraftEditor({ templateId, draft, published, onPublished }: DraftEditorProps) {
  const { t, language } = useI18n();
  const [groups, setGroupsState] = useState<DraftGroup[]>(() => draftFromVersion(draft ?? published));
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refetchQueries = [{ query: checklistTemplateDetailQuery }, { query: checklistTemplatesQuery }];
  const [save, saveState] = useMutation(saveChecklistDraftMutation);
  const [publish, publishState] = useMutation(publishChecklistDraftMutation, { refetchQueries });
  const busy = saveState.loading || publishState.loading;
  const problems = draftProblems(groups);

  const edit: DraftEdit = (change) => {
    setGroupsState(change(groups));
    setDirty(true);
    setMessage(null);
  };

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
      setMessage({ tone: 'error', text: describeError(error, language).message ?? t('common.networkError') });
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
      setMessage({ tone: 'error', text: describeError(error, language).message ?? t('common.networkError') });
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
        <DraftGroupEditor key={group.key} group={group} edit={edit} />
      ))}
      <div>
        <Button variant="secondary" onClick={() => edit((current) => addGroup(current))}>
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
        <DialogActions
          confirmLabel={t('checklists.publish')}
          onConfirm={onPublish}
          onCancel={() => setConfirming(false)}
        />
      </Dialog>
    </section>
  );
}
