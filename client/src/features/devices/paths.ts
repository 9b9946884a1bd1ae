/** "Máy chưa đồng bộ": office staff see what is still waiting on the inspectors' phones. */
export const DEVICES_PATH = '/may-dong-bo';
