import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { useOnline } from '../../app/useOnline';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { VisitDocuments } from '../documents/VisitDocuments';
import { AttendeesSection, ConclusionSection } from './AttendeesSection';
import { ChecklistSection } from './ChecklistSection';
import { FindingsSection, PreviousFindings } from './FindingsSection';
import { currentPosition } from './geolocation';
import { startVisitMutation, submitVisitMutation, visitQuery } from './operations';
import { SaveStatus } from './SaveStatus';
import { SignaturePad } from './SignaturePad';
import type { FieldVisit, VisitGroup } from './types';
import { graphQLExtensions, useSave } from './useSave';
import { ProgressBar, VisitStatusBadge } from './VisitStatusBadge';
import { groupProblems, type Problem, problemsFromExtensions } from './visit-problems';
import './visits.css';

const OPEN_STATUSES = new Set(['IN_PROGRESS', 'RETURNED']);

export function VisitScreen({ visitId }: { visitId: string }) {
  const { t } = useI18n();
  const { data, previousData, loading, error } = useQuery(visitQuery, { variables: { id: visitId } });
  const visit = (data ?? previousData)?.visit;
  if (!visit) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error).message ?? t('common.networkError')) : t('visits.notFound')}
      </Banner>
    );
  }
  return <VisitView key={visit.id} visit={visit} />;
}

function VisitView({ visit }: { visit: FieldVisit }) {
  const { t } = useI18n();
  const online = useOnline();
  const groups = [...(visit.templateVersion?.groups ?? [])].sort((a, b) => a.position - b.position);
  const [activeGroupId, setActiveGroupId] = useState(groups[0]?.id ?? '');
  const editable = visit.canEdit && online && OPEN_STATUSES.has(visit.status);
  const progress = visit.progress;
  const generalComments = visit.reviewComments.filter((comment) => !comment.itemId);
  const itemComments = visit.reviewComments.filter((comment) => comment.itemId);

  function jumpToItem(itemId: string) {
    const group = groups.find((candidate) => candidate.items.some((item) => item.id === itemId));
    const item = group?.items.find((candidate) => candidate.id === itemId);
    if (!group || !item) return;
    setActiveGroupId(group.id);
    // After the group is rendered.
    window.setTimeout(() => {
      const card = document.getElementById(`visit-item-${item.code}`);
      card?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      card?.querySelector<HTMLElement>('button, input, textarea')?.focus({ preventScroll: true });
    }, 50);
  }

  return (
    <div className="stack visit-screen" data-testid="visit-screen">
      <header className="visit-header">
        <h1 className="visit-unit">{visit.unit.name}</h1>
        <p className="row">
          <VisitStatusBadge status={visit.status} />
          <span className="muted">
            {visit.visitDate
              ? t('visits.visitDate', { date: formatDate(visit.visitDate) })
              : visit.plannedMonth != null &&
                t('visits.plannedMonth', { month: visit.plannedMonth, year: visit.team.year })}
          </span>
        </p>
        <p className="muted">{t('visits.team', { team: visit.team.name })}</p>
        {progress && progress.total > 0 && (
          <ProgressBar
            answered={progress.answered}
            total={progress.total}
            label={t('visits.progress', { answered: progress.answered, total: progress.total })}
          />
        )}
      </header>

      {!online && visit.canEdit && (
        <Banner tone="warning">
          <strong>{t('visits.needsNetwork')}</strong> {t('visits.needsNetworkHint')}
        </Banner>
      )}
      {!visit.canEdit && <Banner tone="info">{t('visits.readOnly')}</Banner>}

      {visit.status === 'RETURNED' && (
        <div className="banner banner-warning review-summary" role="status">
          <p>
            <strong>{t('visits.returned')}</strong>
          </p>
          {visit.returnComment && <p>{visit.returnComment}</p>}
          {generalComments.map((comment) => (
            <p key={comment.id}>
              {comment.comment}{' '}
              <span className="muted">
                ({t('visits.reviewBy', { author: comment.authorName, date: formatDate(String(comment.createdAt)) })})
              </span>
            </p>
          ))}
          {itemComments.length > 0 && (
            <ul className="problem-list">
              {itemComments.map((comment) => {
                const code = groups.flatMap((group) => group.items).find((item) => item.id === comment.itemId)?.code;
                return (
                  <li key={comment.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => comment.itemId && jumpToItem(comment.itemId)}
                    >
                      {code ? `${code}: ` : ''}
                      {comment.comment}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}

      {visit.status === 'PLANNED' && visit.canEdit && <StartVisit visit={visit} online={online} />}

      <PreviousFindings findings={visit.previousFindings} />

      {groups.length > 0 ? (
        <ChecklistSection
          visit={visit}
          groups={groups}
          activeGroupId={activeGroupId}
          onSelectGroup={setActiveGroupId}
          editable={editable}
        />
      ) : (
        visit.status === 'PLANNED' && <p className="muted">{t('visits.notStarted')}</p>
      )}

      {visit.status !== 'PLANNED' && (
        <>
          <VisitDocuments visitId={visit.id} status={visit.status} />
          <FindingsSection visit={visit} editable={editable} />
          <AttendeesSection visit={visit} editable={editable} />
          <ConclusionSection visit={visit} editable={editable} />
          <section className="visit-section" aria-labelledby="signatures-title">
            <h2 id="signatures-title">{t('visits.signatures')}</h2>
            <div className="stack">
              <SignaturePad
                visit={visit}
                kind="SIGNATURE_TEAM_LEAD"
                label={t('visits.signTeamLead')}
                testId="signature-team-lead"
                editable={editable}
              />
              <SignaturePad
                visit={visit}
                kind="SIGNATURE_UNIT_REPRESENTATIVE"
                label={t('visits.signUnit')}
                testId="signature-unit"
                editable={editable}
              />
            </div>
          </section>
          <SubmitSection visit={visit} groups={groups} editable={editable} onJump={jumpToItem} />
        </>
      )}
    </div>
  );
}

function StartVisit({ visit, online }: { visit: FieldVisit; online: boolean }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { state, run } = useSave();
  const busy = state.status === 'saving';
  return (
    <div className="card stack start-visit">
      <Button
        block
        className="btn-big"
        disabled={busy || !online}
        onClick={() =>
          run(async () => {
            const position = await currentPosition(5000);
            await client.mutate({
              mutation: startVisitMutation,
              variables: {
                input: {
                  visitId: visit.id,
                  operationId: crypto.randomUUID(),
                  startedAt: new Date().toISOString(),
                  latitude: position?.latitude ?? null,
                  longitude: position?.longitude ?? null,
                },
              },
            });
          }, t('visits.starting'))
        }
      >
        {busy ? t('visits.starting') : t('visits.start')}
      </Button>
      <p className="muted">{t('visits.startHint')}</p>
      {state.status === 'error' && <SaveStatus state={state} />}
    </div>
  );
}

interface SubmitSectionProps {
  visit: FieldVisit;
  groups: VisitGroup[];
  editable: boolean;
  onJump: (itemId: string) => void;
}

function SubmitSection({ visit, groups, editable, onJump }: SubmitSectionProps) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { state, run, setState } = useSave();
  const [refused, setRefused] = useState<Problem[] | null>(null);
  // Once anything on the list is fixed, the live list below replaces the refusal.
  const problemsKey = visit.problems.map((problem) => `${problem.code}:${problem.itemId ?? ''}`).join();
  const refusedKey = useRef(problemsKey);
  useEffect(() => {
    if (problemsKey === refusedKey.current) return;
    refusedKey.current = problemsKey;
    setRefused(null);
    setState((current) => (current.status === 'error' ? { status: 'idle' } : current));
  }, [problemsKey, setState]);

  async function submit() {
    setRefused(null);
    await run(async () => {
      try {
        await client.mutate({
          mutation: submitVisitMutation,
          variables: { input: { visitId: visit.id, operationId: crypto.randomUUID() } },
        });
      } catch (error) {
        const extensions = graphQLExtensions(error);
        if (extensions?.code === 'VISIT_INCOMPLETE') {
          const problems = problemsFromExtensions(extensions);
          refusedKey.current = problems.map((problem) => `${problem.code}:${problem.itemId ?? ''}`).join();
          setRefused(problems);
          // Brings `visit.problems` up to date for when the list below is dismissed by the next attempt.
          client.refetchQueries({ include: [visitQuery] });
        }
        throw error;
      }
    }, t('visits.submitting'));
  }

  if (visit.status === 'SUBMITTED' || visit.status === 'APPROVED') {
    return state.status === 'saved' ? <Banner tone="success">{t('visits.submitted')}</Banner> : null;
  }
  if (!visit.canEdit) return null;
  return (
    <section className="visit-section" aria-labelledby="submit-title">
      <h2 id="submit-title" className="visually-hidden">
        {t('visits.submit')}
      </h2>
      {refused ? (
        <div className="banner banner-error problems" role="alert">
          <p>
            <strong>{t('visits.incomplete')}</strong>
          </p>
          <ProblemList problems={refused} groups={groups} onJump={onJump} />
        </div>
      ) : (
        visit.problems.length > 0 && (
          <div className="banner banner-info problems">
            <p>{t('visits.remaining', { count: visit.problems.length })}</p>
            <ProblemList problems={visit.problems} groups={groups} onJump={onJump} />
          </div>
        )
      )}
      {state.status === 'error' && !refused && <SaveStatus state={state} />}
      <Button
        block
        className="btn-big"
        disabled={!editable || state.status === 'saving'}
        onClick={() => {
          setState({ status: 'idle' });
          submit();
        }}
      >
        {state.status === 'saving' ? t('visits.submitting') : t('visits.submit')}
      </Button>
    </section>
  );
}

function ProblemList({
  problems,
  groups,
  onJump,
}: {
  problems: readonly Problem[];
  groups: VisitGroup[];
  onJump: (itemId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="stack problem-sections">
      {groupProblems(problems, groups).map((section) => (
        <div key={section.groupId ?? 'visit'}>
          <p className="problem-group">{section.title ?? t('visits.minutes')}</p>
          <ul className="problem-list">
            {section.problems.map((problem) => (
              <li key={`${problem.code}-${problem.itemId ?? problem.message}`}>
                {problem.itemId ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => problem.itemId && onJump(problem.itemId)}
                  >
                    {problem.message}
                  </button>
                ) : (
                  problem.message
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
