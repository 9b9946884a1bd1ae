export const REVIEW_PATH = '/duyet';
export const FINDINGS_PATH = '/ton-tai';
