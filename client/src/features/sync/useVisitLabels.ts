import { useApolloClient } from '@apollo/client/react';
import { myVisitsQuery, visitQuery } from '../../field/operations';

/** Names and item codes from the data already on the phone, to say what each write is about. */
export function useVisitLabels() {
  const client = useApolloClient();
  const list = client.cache.readQuery({ query: myVisitsQuery })?.myVisits ?? [];
  return {
    visitName(visitId: string): string | null {
      const cached = client.cache.readQuery({ query: visitQuery, variables: { id: visitId } })?.visit;
      return cached?.unit.name ?? list.find((visit) => visit.id === visitId)?.unit.name ?? null;
    },
    itemCode(visitId: string, itemId: string): string | null {
      const cached = client.cache.readQuery({ query: visitQuery, variables: { id: visitId } })?.visit;
      const version = cached?.templateVersion ?? cached?.plannedTemplateVersion;
      for (const group of version?.groups ?? []) {
        const item = group.items.find((candidate) => candidate.id === itemId);
        if (item) return item.code;
      }
      return null;
    },
  };
}
