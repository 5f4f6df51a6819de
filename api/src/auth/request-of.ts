import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';

export interface HttpContext {
  req: Request;
  res: Response;
}

/** The HTTP request and response behind a REST route or a GraphQL resolver alike. */
export function httpOf(context: ExecutionContext): HttpContext {
  if (context.getType<GqlContextType>() === 'graphql') return GqlExecutionContext.create(context).getContext<HttpContext>();
  return { req: context.switchToHttp().getRequest<Request>(), res: context.switchToHttp().getResponse<Response>() };
}
