import { type ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { mapError, restErrorBody } from './error-mapping.js';

/**
 * The one place where errors leave the api. GraphQL errors get a stable `extensions.code` and a
 * message meant for people; nothing unexpected leaks a stack trace or internal detail.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(error: unknown, host: ArgumentsHost) {
    if (error instanceof HttpException && host.getType() === 'http') {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(error.getStatus()).json({ error: { code: 'HTTP_ERROR', message: error.message } });
      return;
    }
    const mapped = mapError(error);
    if (mapped.unexpected) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));

    if (host.getType<GqlContextType>() === 'graphql') {
      return new GraphQLError(mapped.message, { extensions: { code: mapped.code, ...mapped.details } });
    }
    const res = host.switchToHttp().getResponse<Response>();
    res.status(mapped.status).json(restErrorBody(mapped));
  }
}
