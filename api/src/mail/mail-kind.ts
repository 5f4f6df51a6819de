/** The kinds of mail and the shape of one mail's text (shared by every language's file). */
export type MailKind =
  'password_reset' | 'email_verification' | 'email_change' | 'invitation' | 'password_changed' | 'email_changed' | 'scheduled_report';

export interface MailText {
  subject: string;
  /** Paragraphs, in order; the action link (if any) follows them. */
  paragraphs: string[];
  action?: string;
  /** After the link: how long it works, and what to do if the mail was not expected. */
  footer: string[];
}
