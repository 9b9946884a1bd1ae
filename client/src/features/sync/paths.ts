/** The sync screen: what is waiting on the phone, what the server refused, and the "Đồng bộ" button. */
export const SYNC_PATH = '/dong-bo';
