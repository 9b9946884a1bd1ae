import { useQuery } from '@apollo/client/react';
import { myUnitVisitsQuery } from './operations';
import { UnitVisitDocuments } from './UnitVisitDocuments';

/**
 * On the unit head's findings screen: the minutes and conclusion notice of each approved visit of their
 * unit, with the acknowledgement of receipt, also for a visit that found nothing to fix.
 */
export function UnitVisitsNotices() {
  const { data } = useQuery(myUnitVisitsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      {(data?.myUnitVisits ?? []).map((visit) => (
        <UnitVisitDocuments key={visit.id} visitId={visit.id} />
      ))}
    </>
  );
}
