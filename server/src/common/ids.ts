const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients (phones make their own); anything not a UUID cannot name a record. */
export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
