import { createContext, useContext } from 'react';
import type { ReplyOnPhone } from '../../offline/overlay';

/**
 * The team's replies still on this phone, by reply id (the visit screen provides them; elsewhere, such
 * as the office's screens, every reply shown is the server's).
 */
export const RepliesOnPhoneContext = createContext<Readonly<Record<string, ReplyOnPhone>>>({});

export function useReplyOnPhone(replyId: string): ReplyOnPhone | null {
  return useContext(RepliesOnPhoneContext)[replyId] ?? null;
}
