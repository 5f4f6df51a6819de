import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { ENV, type Env } from '../config/env.js';
import type { RenderedMail } from './mail-render.js';

/**
 * Hands mail to SMTP_URL's server. Without one (development, `npm start`), nodemailer's stream
 * transport builds the same message and it is written to MAIL_DIR as an .eml file any mail client opens.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('MailTransport');
  private readonly transporter: Transporter;
  readonly catchDir: string | null;

  constructor(@Inject(ENV) private readonly env: Env) {
    this.catchDir = env.SMTP_URL ? null : resolve(env.MAIL_DIR);
    this.transporter = env.SMTP_URL
      ? createTransport(env.SMTP_URL)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(to: string, mail: RenderedMail): Promise<void> {
    const info = (await this.transporter.sendMail({ from: this.env.MAIL_FROM, to, ...mail })) as { message?: unknown; messageId: string };
    if (this.catchDir && Buffer.isBuffer(info.message)) {
      await mkdir(this.catchDir, { recursive: true });
      const file = join(this.catchDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`);
      await writeFile(file, info.message);
      this.logger.log(`mail to ${to} caught in ${file}`);
    }
  }

  onApplicationShutdown() {
    this.transporter.close();
  }
}
