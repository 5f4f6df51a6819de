import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport.js';

/** The mail transport, for the worker's mail jobs (and the start banner's "where mail goes"). */
@Global()
@Module({ providers: [MailTransport], exports: [MailTransport] })
export class MailModule {}
