import { useState } from 'react';
import type { RollupStructure } from '../../apollo/generated/graphql';

/** The address's word for today's structure: `?cocau=hien-nay`; none means as it was. */
const TODAY_WORD = 'hien-nay';

/** The roll-up structure named in an address's query string. */
export function structureInAddress(search: string): RollupStructure {
  return new URLSearchParams(search).get('cocau') === TODAY_WORD ? 'TODAY' : 'AS_IT_WAS';
}

/** The address with `?cocau=` set for today's structure (removed for as it was), other parameters kept. */
export function addressWithStructure(pathname: string, search: string, structure: RollupStructure): string {
  const params = new URLSearchParams(search);
  if (structure === 'TODAY') params.set('cocau', TODAY_WORD);
  else params.delete('cocau');
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The dashboard's structure, kept in its address beside the year so a reload or a link shows the same. */
export function useStructureParam(): [RollupStructure, (structure: RollupStructure) => void] {
  const [structure, setStructure] = useState(() => structureInAddress(window.location.search));
  return [
    structure,
    (next) => {
      setStructure(next);
      window.history.replaceState(
        window.history.state,
        '',
        addressWithStructure(window.location.pathname, window.location.search, next),
      );
    },
  ];
}
