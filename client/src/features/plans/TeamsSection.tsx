import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../apollo/errors';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { inspectionTeamsQuery } from './operations';
import { TeamForm } from './TeamForm';
import { sortMembers } from './team-members';

/** The year's inspection teams and their members; the office forms or changes them. */
export function TeamsSection({ year, canManage }: { year: number; canManage: boolean }) {
  const { t, language } = useI18n();
  const { data, loading, error } = useQuery(inspectionTeamsQuery, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<string | null>(null);
  const teams = data?.inspectionTeams ?? [];
  return (
    <section className="stack" aria-labelledby="teams-title">
      <h2 id="teams-title" className="section-title">
        {t('plans.teams', { year })}
      </h2>
      {error && <Banner tone="error">{describeError(error, language).message ?? t('common.networkError')}</Banner>}
      {loading && teams.length === 0 && <Spinner label={t('common.loading')} />}
      {!loading && !error && teams.length === 0 && <p className="muted">{t('plans.noTeams')}</p>}
      <ul className="record-list">
        {teams.map((team) =>
          editing === team.id ? (
            <li key={team.id}>
              <TeamForm year={year} team={team} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={team.id} className="record" data-testid="team-row">
              <p className="record-title">{team.name}</p>
              <div className="record-meta">
                <span>{t('plans.decision', { number: team.decisionNumber, date: formatDate(team.decisionDate) })}</span>
              </div>
              <ul className="record-meta" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {sortMembers(team.members).map((member) => (
                  <li key={member.id}>
                    {member.user.fullName} <span className="badge">{t(`plans.teamRole.${member.role}`)}</span>
                  </li>
                ))}
              </ul>
              {canManage && (
                <div>
                  <Button variant="secondary" onClick={() => setEditing(team.id)}>
                    {t('plans.editTeam')}
                  </Button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {canManage &&
        (editing === 'new' ? (
          <TeamForm year={year} team={null} onDone={() => setEditing(null)} />
        ) : (
          <div>
            <Button onClick={() => setEditing('new')}>{t('plans.createTeam')}</Button>
          </div>
        ))}
    </section>
  );
}
