// What sends the outbox: the sync engine, its transport and taking a visit offline. A chunk of its own
// (issue 19), loaded through loadSyncRuntime right after the first render: the first screen does not wait
// for it, and the outbox it sends is in the entry, so a write made before it loads is kept and sent.
export { SyncEngine } from './sync-engine';
export { apolloRefresh, apolloTransport, fetchUploader, reportHoldings } from './sync-transport';
export { takeVisitOffline } from './take-offline';
