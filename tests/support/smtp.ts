import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The HTML part's lang attribute, the language the mail declares itself in. */
  lang: string | null;
  parsed: ParsedMail;
}

export interface TestSmtp {
  /** For the stack's SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  /** Waits for a mail to this address (and matching the subject, if given), failing after the timeout. */
  waitFor(to: string, subject?: RegExp, timeoutMs?: number): Promise<ReceivedMail>;
  /** The first link in a mail's text that starts with this prefix. */
  linkIn(mail: ReceivedMail, prefix: string): string;
  stop(): Promise<void>;
}

/** A real SMTP server in the test process: the worker delivers to it over TCP, and each message is parsed as a mail client would. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const html = typeof parsed.html === 'string' ? parsed.html : '';
          for (const recipient of session.envelope.rcptTo) {
            received.push({
              to: recipient.address.toLowerCase(),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html,
              lang: /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? null,
              parsed,
            });
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const find = (to: string, subject?: RegExp) => received.find((m) => m.to === to.toLowerCase() && (!subject || subject.test(m.subject)));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(to, subject, timeoutMs = 45_000) {
      await expect.poll(() => find(to, subject), { timeout: timeoutMs, interval: 100 }).toBeDefined();
      return find(to, subject)!;
    },
    linkIn(mail, prefix) {
      const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
      if (!link) throw new Error(`no link starting ${prefix} in: ${mail.text}`);
      return link;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
