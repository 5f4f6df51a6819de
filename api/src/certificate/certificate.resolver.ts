import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import { Public } from '../auth/public.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { EntityManager } from '@mikro-orm/postgresql';
import { CertificateRevocationView, findRevocation } from './certificate-revocation.js';
import { CertificateService } from './certificate.service.js';
import { CertificateVerificationView, CertificateView } from './certificate.types.js';

@Resolver()
export class CertificateResolver {
  constructor(
    private readonly certificates: CertificateService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [CertificateView])
  myCertificates(@CurrentViewer() viewer: Viewer): Promise<CertificateView[]> {
    return this.certificates.mine(viewer);
  }

  @Query(() => CertificateView)
  async certificate(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CertificateView> {
    return this.certificates.toView(await this.certificates.own(viewer, id));
  }

  @Public()
  @Query(() => CertificateVerificationView, {
    nullable: true,
    description: 'Public: checks a verification code. Null when no certificate has it.',
  })
  verifyCertificate(@Args('code') code: string): Promise<CertificateVerificationView | null> {
    return this.certificates.verify(code);
  }

  @Public()
  @Query(() => CertificateRevocationView, {
    nullable: true,
    description: 'Public: the revocation of a certificate whose holder deleted their account, or null.',
  })
  async certificateRevocation(@Args('code') code: string): Promise<CertificateRevocationView | null> {
    return findRevocation(this.em.fork(), code);
  }
}
