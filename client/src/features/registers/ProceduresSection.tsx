import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/I18nProvider';
import { deleteProcedureMutation, proceduresQuery, REGISTER_QUERIES } from './operations';
import { ProcedureFigures } from './ProcedureFigures';
import { ProcedureForm } from './ProcedureForm';
import { RegisterSection, RegisterStatus } from './RegisterSection';

/** Thủ tục hành chính of the year: the report's figures on top, then the catalogue. */
export function ProceduresSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(proceduresQuery, { variables: { year } });
  const [remove] = useMutation(deleteProcedureMutation, { refetchQueries: REGISTER_QUERIES });
  const figures = data?.tthcFigures;
  return (
    <RegisterSection
      register="administrative-procedures"
      year={year}
      canEdit={canEdit}
      records={data?.administrativeProcedures ?? []}
      header={
        <>
          <RegisterStatus loading={loading} error={error} />
          {figures && <ProcedureFigures year={year} figures={figures} />}
        </>
      }
      renderRecord={(p) => (
        <>
          <p className="record-title">
            {p.code} · {p.name}
          </p>
          <p className="muted">
            {[
              t(`registers.level.${p.level}`),
              t(`registers.mechanism.${p.mechanism}`),
              t(`registers.online.${p.onlineService}`),
              p.publicPostal ? t('registers.postalYes') : null,
              p.legalDays != null ? t('registers.legalDaysShort', { days: p.legalDays }) : null,
              p.daysCut ? t('registers.daysCutShort', { days: p.daysCut }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </>
      )}
      renderForm={(procedure, done) => <ProcedureForm year={year} procedure={procedure} onDone={done} />}
      deleteName={(p) => `${p.code} · ${p.name}`}
      onDelete={(p) => remove({ variables: { id: p.id } })}
    />
  );
}
