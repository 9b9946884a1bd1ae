import nodemailer from 'nodemailer';
import type { SmtpSettings } from '../../common/config.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through the configured SMTP server; none configured: no sender at all. */
export type EmailSender = (message: EmailMessage) => Promise<void>;

export function smtpSender(smtp: SmtpSettings | null): EmailSender | null {
  if (!smtp) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? undefined } : undefined,
  });
  return async (message) => {
    await transport.sendMail({ from: smtp.from, ...message });
  };
}
