import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from '@nestjs/graphql';
import { CertificateRevocation } from './certificate-revocation.entity.js';
import { Certificate } from './certificate.entity.js';
import { normaliseVerificationCode } from './verification-code.js';

@ObjectType({ description: 'A certificate revoked by its holder, who deleted their account: only this is kept.' })
export class CertificateRevocationView {
  @Field()
  code: string;

  @Field()
  revokedAt: Date;
}

/** Revokes every certificate of a person, inside the caller's transaction (before their account is deleted). */
export async function revokeHolderCertificates(em: EntityManager, userId: string): Promise<number> {
  const certificates = await em.find(Certificate, { user: userId });
  for (const { code } of certificates) em.create(CertificateRevocation, { code });
  await em.flush();
  return certificates.length;
}

export function findRevocation(em: EntityManager, code: string): Promise<CertificateRevocation | null> {
  return em.findOne(CertificateRevocation, { code: normaliseVerificationCode(code) });
}
