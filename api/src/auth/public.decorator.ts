import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'kinship:isPublic';

/** Marks a resolver or route that anyone may call without logging in. Everything else needs a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
