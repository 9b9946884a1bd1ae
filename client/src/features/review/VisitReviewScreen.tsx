import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import type { PassFail, ReviewVisitDetailFragment } from '../../apollo/generated/graphql';
import { linkClick } from '../../app/router';
import { recordPath } from '../../app/routes';
import { formatDate, formatInstant, formatNumber, parseDecimal } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { Spinner } from '../../ui/Spinner';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import '../../ui/data.css';
import { FindingStatusBadge, SeverityBadge, VisitStatusBadge } from '../../ui/StatusBadges';
import { AuditHistory } from '../audit/AuditHistory';
import { auditTrailQuery } from '../audit/operations';
import { canManageInspections } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { VisitDocuments } from '../documents/VisitDocuments';
import { conflictCountByItem } from './conflicts';
import { approveVisitMutation, returnVisitMutation, reviewVisitQuery, reviseVisitMutation } from './operations';
import { CONFLICTS_ANCHOR, VisitConflicts } from './VisitConflicts';

type Visit = ReviewVisitDetailFragment;
type Answer = Visit['answers'][number];
const PASS_FAIL: PassFail[] = ['PASS', 'FAIL', 'NOT_APPLICABLE'];

export function VisitReviewScreen({ visitId }: { visitId: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const canManage = canManageInspections(user.role);
  const { data, loading, error } = useQuery(reviewVisitQuery, {
    variables: { id: visitId },
    fetchPolicy: 'cache-and-network',
  });
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const visit = data?.visit;
  if (!visit) {
    if (loading) return <Spinner label={t('common.loading')} />;
    return (
      <Banner tone="error">
        {error ? (describeError(error).message ?? t('review.notFound')) : t('review.notFound')}
      </Banner>
    );
  }
  return (
    <>
      <PageHeader title={t('review.visitTitle', { unit: visit.unit.name })}>
        <VisitStatusBadge status={visit.status} />
      </PageHeader>
      <div className="stack">
        {message && <Banner tone={message.tone}>{message.text}</Banner>}
        <VisitFacts visit={visit} />
        <VisitConflicts visit={visit} />
        <VisitDocuments visitId={visit.id} status={visit.status} />
        {canManage && visit.status === 'SUBMITTED' && <ReviewActions visit={visit} onDone={setMessage} />}
        <ReviewerComments visit={visit} />
        <Attendees visit={visit} />
        <section className="card stack" aria-labelledby="conclusion-title">
          <h2 id="conclusion-title" className="section-title">
            {t('review.conclusion')}
          </h2>
          <p className="pre-line">{visit.conclusion || <span className="muted">{t('review.noConclusion')}</span>}</p>
        </section>
        <Results visit={visit} />
        <Signatures visit={visit} />
        <Findings visit={visit} />
        {canManage && visit.status === 'APPROVED' && <ReviseForm visit={visit} onDone={setMessage} />}
        <AuditHistory entityId={visit.id} />
      </div>
    </>
  );
}

function VisitFacts({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const lead = visit.team.members.find((member) => member.role === 'LEAD');
  return (
    <section className="card">
      <dl className="fact-list">
        <dt>{t('review.unit')}</dt>
        <dd>{visit.unit.name}</dd>
        <dt>{t('review.team')}</dt>
        <dd>
          {visit.team.name}
          {lead && ` (${t('plans.teamRole.LEAD')}: ${lead.user.fullName})`}
        </dd>
        {visit.plannedMonth != null && (
          <>
            <dt>{t('review.plannedMonth')}</dt>
            <dd>{visit.plannedMonth}</dd>
          </>
        )}
        <dt>{t('review.visitDate')}</dt>
        <dd>{visit.visitDate ? formatDate(visit.visitDate) : '—'}</dd>
        {visit.submittedAt ? (
          <>
            <dt>{t('review.submittedAt')}</dt>
            <dd>{formatInstant(visit.submittedAt, { withTime: true })}</dd>
          </>
        ) : null}
        {visit.approvedAt ? (
          <>
            <dt>{t('review.approvedAt')}</dt>
            <dd>{formatInstant(visit.approvedAt, { withTime: true })}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function ReviewerComments({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const general = visit.reviewComments.filter((comment) => !comment.itemId);
  if (!visit.returnComment && general.length === 0) return null;
  return (
    <Banner tone="warning">
      <div className="stack" style={{ gap: 4 }}>
        {general.map((comment) => (
          <span key={comment.id}>
            {formatInstant(comment.createdAt)} —{' '}
            {t('review.reviewerComment', { author: comment.authorName, comment: comment.comment })}
          </span>
        ))}
        {general.length === 0 && visit.returnComment && (
          <span>{t('review.returnComment', { comment: visit.returnComment })}</span>
        )}
      </div>
    </Banner>
  );
}

function Attendees({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  return (
    <section className="card stack" aria-labelledby="attendees-title">
      <h2 id="attendees-title" className="section-title">
        {t('review.attendees')}
      </h2>
      {visit.attendees.length === 0 ? (
        <p className="muted">{t('review.noAttendees')}</p>
      ) : (
        (['TEAM', 'UNIT'] as const).map((side) => {
          const people = visit.attendees.filter((attendee) => attendee.side === side);
          if (people.length === 0) return null;
          return (
            <div key={side}>
              <h3>{t(`review.side.${side}`)}</h3>
              <ul>
                {people.map((person) => (
                  <li key={`${person.name}|${person.position ?? ''}`}>
                    {person.name}
                    {person.position && <span className="muted"> — {person.position}</span>}
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

export function answerText(t: ReturnType<typeof useI18n>['t'], answer: Answer | undefined): string {
  if (!answer) return t('review.noAnswer');
  if (answer.passFail) return t(`review.answer.${answer.passFail}`);
  if (answer.numberValue != null) return formatNumber(answer.numberValue);
  if (answer.textValue) return answer.textValue;
  return t('review.noAnswer');
}

function answerTone(answer: Answer | undefined): string {
  if (!answer?.passFail) return 'badge badge-muted';
  if (answer.passFail === 'PASS') return 'badge badge-success';
  if (answer.passFail === 'FAIL') return 'badge badge-danger';
  return 'badge badge-muted';
}

function Results({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const answers = new Map(visit.answers.map((answer) => [answer.itemId, answer]));
  const photos = visit.attachments.filter((attachment) => attachment.kind === 'PHOTO');
  const conflicts = conflictCountByItem(visit.conflicts);
  return (
    <section className="card stack" aria-labelledby="results-title">
      <h2 id="results-title" className="section-title">
        {t('review.results')}
      </h2>
      {!visit.templateVersion && <p className="muted">{t('review.noVersion')}</p>}
      {visit.templateVersion?.groups.map((group) => (
        <div key={group.id}>
          <h3>
            {group.code}. {group.title}
          </h3>
          <ul className="answer-list">
            {group.items.map((item) => {
              const answer = answers.get(item.id);
              const itemPhotos = photos.filter((photo) => photo.itemId === item.id);
              const comments = visit.reviewComments.filter((comment) => comment.itemId === item.id);
              const conflictCount = conflicts.get(item.id) ?? 0;
              return (
                <li key={item.id} data-testid="review-item">
                  <div className="answer-head">
                    <span>
                      <strong>{item.code}</strong> {item.text}
                    </span>
                    <span className={answerTone(answer)} style={{ alignSelf: 'start', whiteSpace: 'nowrap' }}>
                      {answerText(t, answer)}
                    </span>
                  </div>
                  {conflictCount > 0 && (
                    // The link is a full tap target; the badge inside keeps its size.
                    <a
                      href={`#${CONFLICTS_ANCHOR}`}
                      className="conflict-mark tap-link"
                      data-testid="review-item-conflict"
                    >
                      <span className="badge badge-warning">
                        ⚠ {t('review.conflicts.itemMark', { count: conflictCount })}
                      </span>
                    </a>
                  )}
                  {answer?.passFail && answer.textValue && <span>{answer.textValue}</span>}
                  {answer?.note && <span className="muted">{t('review.note', { note: answer.note })}</span>}
                  {itemPhotos.length > 0 && (
                    <ul className="thumbs">
                      {itemPhotos.map((photo) => (
                        <li key={photo.id}>
                          <a href={photo.url} target="_blank" rel="noreferrer">
                            <img
                              src={photo.url}
                              alt={photo.caption ?? t('review.photo', { code: item.code })}
                              loading="lazy"
                            />
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                  {comments.map((comment) => (
                    <span key={comment.id} className="badge badge-warning" style={{ justifySelf: 'start' }}>
                      {t('review.reviewerComment', { author: comment.authorName, comment: comment.comment })}
                    </span>
                  ))}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Signatures({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const kinds = [
    ['SIGNATURE_TEAM_LEAD', t('review.signatureLead')],
    ['SIGNATURE_UNIT_REPRESENTATIVE', t('review.signatureUnit')],
  ] as const;
  return (
    <section className="card stack" aria-labelledby="signatures-title">
      <h2 id="signatures-title" className="section-title">
        {t('review.signatures')}
      </h2>
      <div className="row" style={{ alignItems: 'start' }}>
        {kinds.map(([kind, label]) => {
          const signature = visit.attachments.find((attachment) => attachment.kind === kind);
          return (
            <figure key={kind} className="signature" style={{ margin: 0 }}>
              <figcaption className="field-label">{label}</figcaption>
              {signature ? (
                <img src={signature.url} alt={label} />
              ) : (
                <span className="muted">{t('review.noSignature')}</span>
              )}
            </figure>
          );
        })}
      </div>
    </section>
  );
}

function Findings({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  return (
    <section className="card stack" aria-labelledby="findings-title">
      <h2 id="findings-title" className="section-title">
        {t('review.findings')}
      </h2>
      {visit.findings.length === 0 && <p className="muted">{t('review.noFindings')}</p>}
      <ul className="record-list">
        {visit.findings.map((finding) => {
          const body = (
            <>
              <p className="record-title">
                {finding.itemCode && `${finding.itemCode} · `}
                {finding.description}
              </p>
              <div className="record-meta">
                <SeverityBadge severity={finding.severity} />
                {visit.status === 'APPROVED' && <FindingStatusBadge status={finding.status} />}
                {finding.deadline && <span>{t('review.deadline', { date: formatDate(finding.deadline) })}</span>}
              </div>
              {finding.recommendation && (
                <span className="muted">{t('review.recommendation', { text: finding.recommendation })}</span>
              )}
            </>
          );
          const href = recordPath('findings', finding.id);
          return (
            <li key={finding.id}>
              {visit.status === 'APPROVED' ? (
                <a className="record" href={href} onClick={linkClick(href)}>
                  {body}
                </a>
              ) : (
                <div className="record">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type Notify = (message: { tone: 'error' | 'success'; text: string }) => void;

function ReviewActions({ visit, onDone }: { visit: Visit; onDone: Notify }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'return' | 'approve' | null>(null);
  const [comment, setComment] = useState('');
  const [itemComments, setItemComments] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const refetchQueries = [{ query: auditTrailQuery, variables: { entityId: visit.id } }];
  const [returnVisit, returnState] = useMutation(returnVisitMutation, { refetchQueries });
  const [approveVisit, approveState] = useMutation(approveVisitMutation, { refetchQueries });
  const busy = returnState.loading || approveState.loading;
  const items = visit.templateVersion?.groups.flatMap((group) => group.items) ?? [];

  async function submitReturn() {
    const perItem = Object.entries(itemComments)
      .filter(([, text]) => text.trim())
      .map(([itemId, text]) => ({ itemId, comment: text.trim() }));
    if (!comment.trim() && perItem.length === 0) {
      setProblem(t('review.returnNeedsComment'));
      return;
    }
    setProblem(null);
    try {
      await returnVisit({
        variables: { input: { visitId: visit.id, comment: comment.trim() || null, itemComments: perItem } },
      });
      setDialog(null);
      onDone({ tone: 'success', text: t('review.returned') });
    } catch (error) {
      setProblem(describeError(error).message ?? t('common.networkError'));
    }
  }

  async function submitApprove() {
    setProblem(null);
    try {
      await approveVisit({ variables: { visitId: visit.id } });
      setDialog(null);
      onDone({ tone: 'success', text: t('review.approved') });
    } catch (error) {
      setProblem(describeError(error).message ?? t('common.networkError'));
    }
  }

  return (
    <div className="row">
      <Button variant="danger" onClick={() => setDialog('return')} disabled={busy}>
        {t('review.return')}
      </Button>
      <Button onClick={() => setDialog('approve')} disabled={busy}>
        {t('review.approve')}
      </Button>
      <Dialog open={dialog === 'return'} title={t('review.returnTitle')} onClose={() => setDialog(null)}>
        {problem && <Banner tone="error">{problem}</Banner>}
        <TextArea label={t('review.comment')} value={comment} onChange={setComment} rows={4} />
        {items.length > 0 && (
          <details>
            <summary className="field-label">{t('review.itemComments')}</summary>
            <div className="stack" style={{ marginTop: 8 }}>
              {items.map((item) => (
                <TextField
                  key={item.id}
                  label={`${item.code} ${item.text}`}
                  value={itemComments[item.id] ?? ''}
                  onChange={(text) => setItemComments({ ...itemComments, [item.id]: text })}
                />
              ))}
            </div>
          </details>
        )}
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setDialog(null)}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" onClick={submitReturn} disabled={busy}>
            {t('review.returnSubmit')}
          </Button>
        </div>
      </Dialog>
      <Dialog open={dialog === 'approve'} title={t('review.approveTitle')} onClose={() => setDialog(null)}>
        {problem && <Banner tone="error">{problem}</Banner>}
        <p>{t('review.approveExplain')}</p>
        <div className="dialog-actions">
          <Button variant="secondary" onClick={() => setDialog(null)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submitApprove} disabled={busy}>
            {t('review.approve')}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

function ReviseForm({ visit, onDone }: { visit: Visit; onDone: Notify }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [conclusion, setConclusion] = useState(visit.conclusion ?? '');
  const [itemId, setItemId] = useState('');
  const [passFail, setPassFail] = useState('');
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [revise, { loading }] = useMutation(reviseVisitMutation, {
    refetchQueries: [{ query: auditTrailQuery, variables: { entityId: visit.id } }],
  });
  const items = visit.templateVersion?.groups.flatMap((group) => group.items) ?? [];
  const item = items.find((candidate) => candidate.id === itemId);

  function chooseItem(id: string) {
    setItemId(id);
    const answer = visit.answers.find((candidate) => candidate.itemId === id);
    setPassFail(answer?.passFail ?? '');
    setValue(answer?.numberValue != null ? String(answer.numberValue).replace('.', ',') : (answer?.textValue ?? ''));
    setNote(answer?.note ?? '');
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
      setProblem(describeError(error).message ?? t('common.networkError'));
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
    <section className="card stack" aria-labelledby="revise-title" data-testid="revise-form">
      <h2 id="revise-title" className="section-title">
        {t('review.reviseTitle')}
      </h2>
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
      <div className="row">
        <Button onClick={submit} disabled={loading}>
          {t('review.reviseSubmit')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </section>
  );
}
