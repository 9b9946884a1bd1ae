import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useMemo, useState } from 'react';
import { takePrefilled } from '../../apollo/early-link';
import { describeError } from '../../apollo/errors';
import { linkClick } from '../../app/router';
import { ROUTES } from '../../app/routes';
import { useOnline } from '../../app/useOnline';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useOffline } from '../../offline/OfflineProvider';
import { isClosedVisitRefusal } from '../../offline/outbox-rules';
import { type LocalChanges, withPendingWrites } from '../../offline/overlay';
import { serverNow } from '../../offline/server-clock';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { VisitDocuments } from '../documents/VisitDocuments';
import { AttendeesSection, ConclusionSection } from './AttendeesSection';
import { ChecklistSection } from './ChecklistSection';
import { FindingsSection, PreviousFindings } from './FindingsSection';
import { currentPosition } from './geolocation';
import { OfflineDownload } from './OfflineDownload';
import { visitQuery } from './operations';
import { SaveStatus } from './SaveStatus';
import { SignaturePad } from './SignaturePad';
import { submitProblems } from './submit-check';
import type { FieldVisit, VisitGroup } from './types';
import { useSave } from './useSave';
import { ProgressBar, VisitStatusBadge } from './VisitStatusBadge';
import { groupProblems, type Problem } from './visit-problems';
import { useVisitWrites, VisitWritesProvider } from './visit-writes';
import './visits.css';

const OPEN_STATUSES = new Set(['IN_PROGRESS', 'RETURNED']);

export function VisitScreen({ visitId }: { visitId: string }) {
  const { t } = useI18n();
  // When main.tsx has just written the server's answer into the cache, the first read needs no second request.
  const [fetchPolicy] = useState(() =>
    takePrefilled('FieldVisit', { id: visitId }) ? ('cache-first' as const) : ('cache-and-network' as const),
  );
  const { data, previousData, loading, error } = useQuery(visitQuery, { variables: { id: visitId }, fetchPolicy });
  const visit = (data ?? previousData)?.visit;
  if (!visit) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error).message ?? t('common.networkError')) : t('visits.notFound')}
      </Banner>
    );
  }
  return (
    <VisitWritesProvider server={visit}>
      <VisitView key={visit.id} server={visit} />
    </VisitWritesProvider>
  );
}

/** The visit as the server last sent it, with the user's writes still on the phone laid over it. */
function useOverlaidVisit(server: FieldVisit) {
  const { entries, applied, blobUrls, ready } = useOffline();
  const overlaid = useMemo(
    () => withPendingWrites(server, [...applied, ...entries], { blobUrls }),
    [server, entries, applied, blobUrls],
  );
  // The mark counts only what is really waiting: applied writes are on the server already.
  const waiting = entries.filter((entry) => entry.visitId === server.id);
  return {
    ...overlaid,
    ready,
    pending: waiting.filter((entry) => entry.state === 'PENDING').length,
    refused: waiting.filter((entry) => entry.state === 'REFUSED').length,
  };
}

function VisitView({ server }: { server: FieldVisit }) {
  const { t } = useI18n();
  const { visit, local, pending, refused, ready } = useOverlaidVisit(server);
  const groups = [...(visit.templateVersion?.groups ?? [])].sort((a, b) => a.position - b.position);
  const [chosenGroupId, setActiveGroupId] = useState<string | null>(null);
  const activeGroupId = chosenGroupId ?? groups[0]?.id ?? '';
  const editable = visit.canEdit && OPEN_STATUSES.has(visit.status);
  const progress = visit.progress;
  const generalComments = visit.reviewComments.filter((comment) => !comment.itemId);
  const itemComments = visit.reviewComments.filter((comment) => comment.itemId);
  // The sections under the checklist are drawn just after the first paint (React renders the deferred value
  // in the background): on a slow phone, laying out the whole visit at once delays the top of the screen.
  const showLowerSections = useDeferredValue(true, false);

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
          <VisitStatusBadge status={visit.status} waitingForSync={local.submit?.state === 'PENDING'} />
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
        <SyncMark ready={ready} pending={pending} refused={refused} />
        {visit.canEdit && <OfflineDownload visitId={visit.id} />}
      </header>

      {!visit.canEdit && <Banner tone="info">{t('visits.readOnly')}</Banner>}
      {local.startedWithoutChecklist && <Banner tone="warning">{t('visits.checklistWhenOnline')}</Banner>}

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

      {visit.status === 'PLANNED' && visit.canEdit && <StartVisit visit={visit} />}

      <PreviousFindings findings={visit.previousFindings} />

      {groups.length > 0 ? (
        <ChecklistSection
          visit={visit}
          groups={groups}
          activeGroupId={activeGroupId}
          onSelectGroup={setActiveGroupId}
          editable={editable}
          local={local}
        />
      ) : (
        visit.status === 'PLANNED' && <p className="muted">{t('visits.notStarted')}</p>
      )}

      {visit.status !== 'PLANNED' && showLowerSections && (
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
          <SubmitSection
            visit={visit}
            groups={groups}
            editable={editable}
            local={local}
            pending={pending}
            onJump={jumpToItem}
          />
        </>
      )}
    </div>
  );
}

/**
 * "Đã lưu trên máy · chưa gửi (N thay đổi)" or "Đã lưu trên máy chủ": where the visit's data is. Until
 * the phone's outbox has been read, it claims neither.
 */
function SyncMark({ ready, pending, refused }: { ready: boolean; pending: number; refused: number }) {
  const { t } = useI18n();
  const state = !ready ? 'checking' : refused > 0 ? 'refused' : pending > 0 ? 'local' : 'server';
  const text =
    state === 'checking'
      ? t('sync.markChecking')
      : state === 'refused'
        ? t('sync.markRefused', { count: refused })
        : state === 'local'
          ? t('sync.markLocal', { count: pending })
          : t('sync.markServer');
  return (
    <p className={`sync-mark sync-mark-${state}`} data-testid="visit-sync-mark" data-state={state} role="status">
      {state === 'checking' ? (
        <span>{text}</span>
      ) : state === 'server' ? (
        <span>✓ {text}</span>
      ) : (
        <a href={ROUTES.sync} onClick={linkClick(ROUTES.sync)}>
          {text}
        </a>
      )}
    </p>
  );
}

function StartVisit({ visit }: { visit: FieldVisit }) {
  const { t } = useI18n();
  const online = useOnline();
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const busy = state.status === 'saving';
  // Offline, a visit can start only on a checklist already on the phone.
  const checklist = visit.plannedTemplateVersion;
  const canStart = online || !!checklist;
  return (
    <div className="card stack start-visit">
      <Button
        block
        className="btn-big"
        disabled={busy || !canStart}
        onClick={() =>
          run(async () => {
            const position = await currentPosition(5000);
            await writes.write('START_VISIT', {
              // The server's time as far as the phone knows it: the visit's date comes from it.
              startedAt: serverNow().toISOString(),
              latitude: position?.latitude ?? null,
              longitude: position?.longitude ?? null,
              templateVersionId: checklist?.id ?? null,
            });
          }, t('visits.starting'))
        }
      >
        {busy ? t('visits.starting') : t('visits.start')}
      </Button>
      <p className="muted">{canStart ? t('visits.startHint') : t('visits.startNeedsChecklist')}</p>
      {state.status === 'error' && <SaveStatus state={state} />}
    </div>
  );
}

interface SubmitSectionProps {
  visit: FieldVisit;
  groups: VisitGroup[];
  editable: boolean;
  local: LocalChanges;
  /** Writes of this visit still waiting on the phone. */
  pending: number;
  onJump: (itemId: string) => void;
}

/**
 * Submission is queued like any write, but only once the phone finds nothing missing by the server's own
 * rule (submit-check.ts), checked on the visit as the phone shows it (unsent writes included): offline, a
 * refusal from the server would come after the team has left the unit. A refused submission shows the
 * server's reason and what is still missing.
 */
function SubmitSection({ visit, groups, editable, local, pending, onJump }: SubmitSectionProps) {
  const { t } = useI18n();
  const writes = useVisitWrites();
  const { state, run } = useSave();
  const [blocked, setBlocked] = useState(false);
  const refusal = local.submit?.state === 'REFUSED' ? local.submit.refusal : null;
  const onPhone = submitProblems(visit);
  // Without the checklist on the phone only the server can tell, once the writes waiting here are sent.
  const problems: readonly Problem[] = onPhone ?? (pending === 0 ? visit.problems : []);

  if (visit.status === 'SUBMITTED' || visit.status === 'APPROVED') {
    return local.submit?.state === 'PENDING' ? (
      <Banner tone="info">
        <span data-testid="submit-waiting">{t('visits.submitWaiting')}</span>
      </Banner>
    ) : null;
  }
  if (!visit.canEdit) return null;
  const submit = () => {
    if (onPhone === null || onPhone.length > 0) {
      setBlocked(true);
      return;
    }
    setBlocked(false);
    void run(() => writes.write('SUBMIT_VISIT', {}), t('visits.submitting'));
  };
  return (
    <section className="visit-section" aria-labelledby="submit-title">
      <h2 id="submit-title" className="visually-hidden">
        {t('visits.submit')}
      </h2>
      {refusal && (
        <div className="banner banner-error problems" role="alert" data-testid="submit-refused">
          <p>
            <strong>{isClosedVisitRefusal(refusal) ? t('sync.closedVisit') : t('visits.incomplete')}</strong>
          </p>
          {problems.length === 0 && <p>{refusal.message}</p>}
        </div>
      )}
      {blocked && (onPhone === null || onPhone.length > 0) ? (
        <div className="banner banner-error problems" role="alert" data-testid="submit-blocked">
          <p>
            <strong>
              {onPhone === null
                ? t('visits.submitNeedsChecklist')
                : t('visits.submitBlocked', { count: onPhone.length })}
            </strong>
          </p>
          {onPhone && <ProblemList problems={onPhone} groups={groups} onJump={onJump} />}
        </div>
      ) : (
        problems.length > 0 && (
          <div className="banner banner-info problems" data-testid="submit-remaining">
            <p>{t('visits.remaining', { count: problems.length })}</p>
            <ProblemList problems={problems} groups={groups} onJump={onJump} />
          </div>
        )
      )}
      {state.status === 'error' && <SaveStatus state={state} />}
      <Button block className="btn-big" disabled={!editable || state.status === 'saving'} onClick={submit}>
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
