import { generateSecret, generateURI, verify } from 'otplib';

/** Issuer shown in authenticator apps beside the account name. */
const ISSUER = 'Kinship';

/** Codes from the step before or after the server's clock are accepted too (phones drift). */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, accountName: string): string {
  return generateURI({ issuer: ISSUER, label: accountName, secret });
}

/**
 * The time step a code belongs to when it is right and newer than the last one accepted, else null.
 * Refusing steps at or before `lastTimeStep` makes each code good once, even within its 30 seconds.
 */
export async function acceptedTimeStep(secret: string, code: string, lastTimeStep: number | null | undefined): Promise<number | null> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastTimeStep === null || lastTimeStep === undefined ? {} : { afterTimeStep: lastTimeStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
