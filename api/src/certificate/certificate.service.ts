import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { notFound } from '../common/domain-error.js';
import { ENV, type Env } from '../config/env.js';
import { Certificate } from './certificate.entity.js';
import type { CertificateVerificationView, CertificateView } from './certificate.types.js';
import { normaliseVerificationCode, verificationUrl } from './verification-code.js';

/** Reading certificates. Issuing them is the worker's job (worker/src/certificate). */
@Injectable()
export class CertificateService {
  constructor(
    private readonly em: EntityManager,
    @Inject(ENV) private readonly env: Env,
  ) {}

  toView(certificate: Certificate): CertificateView {
    return {
      id: certificate.id,
      code: certificate.code,
      learnerName: certificate.learnerName,
      courseTitle: certificate.courseTitle,
      courseVersion: certificate.courseVersion,
      issuedAt: certificate.issuedAt,
      verificationUrl: verificationUrl(this.env.WEB_URL, certificate.code),
    };
  }

  /** The viewer's certificates for the given enrolments, keyed by enrolment id (one query). */
  async byEnrolment(viewer: Viewer, enrolmentIds: string[]): Promise<Map<string, CertificateView>> {
    if (!enrolmentIds.length) return new Map();
    const certificates = await this.em.find(Certificate, { user: viewer.userId, enrolment: enrolmentIds });
    return new Map(certificates.map((c) => [c.enrolment.id, this.toView(c)]));
  }

  async mine(viewer: Viewer): Promise<CertificateView[]> {
    const certificates = await this.em.find(Certificate, { user: viewer.userId }, { orderBy: { issuedAt: 'desc' } });
    return certificates.map((c) => this.toView(c));
  }

  /** A certificate of the viewer's own; anyone else's is reported as not found, revealing nothing. */
  async own(viewer: Viewer, id: string): Promise<Certificate> {
    const certificate = await this.em.findOne(Certificate, { id, user: viewer.userId });
    if (!certificate) throw notFound('That certificate');
    return certificate;
  }

  async pdf(viewer: Viewer, id: string): Promise<{ fileName: string; pdf: Buffer }> {
    const certificate = await this.em.findOne(Certificate, { id, user: viewer.userId }, { populate: ['pdf'] });
    if (!certificate) throw notFound('That certificate');
    return { fileName: `certificate-${certificate.code}.pdf`, pdf: certificate.pdf };
  }

  async verify(code: string): Promise<CertificateVerificationView | null> {
    const certificate = await this.em.findOne(Certificate, { code: normaliseVerificationCode(code) });
    if (!certificate) return null;
    const { learnerName, courseTitle, courseVersion, issuedAt } = certificate;
    return { code: certificate.code, learnerName, courseTitle, courseVersion, issuedAt };
  }
}
