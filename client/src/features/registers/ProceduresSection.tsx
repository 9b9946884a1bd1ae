import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/I18nProvider';
import { deleteProcedureMutation, proceduresQuery, REGISTER_QUERIES } from './operations';
import { ProcedureFigures } from './ProcedureFigures';
import { ProcedureForm } from './ProcedureForm';
import { RegisterPager, RegisterSearch, useRegisterPaging } from './RegisterPaging';
import { RegisterSection, RegisterStatus } from './RegisterSection';

/** Thủ tục hành chính of the year: the report's figures (the whole catalogue) on top, then a page of it. */
export function ProceduresSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useI18n();
  const paging = useRegisterPaging('procedures');
  const { data, previousData, loading, error } = useQuery(proceduresQuery, {
    variables: { year, ...paging.variables },
  });
  const [remove] = useMutation(deleteProcedureMutation, { refetchQueries: REGISTER_QUERIES });
  // The last page stays on screen while the next one loads.
  const shown = data ?? previousData;
  const figures = shown?.tthcFigures;
  const procedures = shown?.procedurePage.items ?? [];
  return (
    <RegisterSection
      register="administrative-procedures"
      year={year}
      canEdit={canEdit}
      records={procedures}
      header={
        <>
          <RegisterStatus loading={loading} error={error} />
          {figures && <ProcedureFigures year={year} figures={figures} />}
        </>
      }
      summary={<RegisterSearch register="procedures" paging={paging} />}
      footer={
        <RegisterPager
          paging={paging}
          shown={procedures.length}
          total={shown?.procedurePage.total}
          range={(position) => t('registers.procedureRange', position)}
        />
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
