import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Two-step log-in (an authenticator app), for the person asking.' })
export class SecondFactorStatusView {
  @Field({ description: 'An authenticator app is set up and asked for at log-in.' })
  enrolled: boolean;

  @Field({ description: 'Their role needs it (trainers, partner admins, platform admins): it cannot be turned off.' })
  required: boolean;

  @Field(() => Int)
  recoveryCodesLeft: number;

  @Field(() => Int, { description: 'Passkeys added beside the authenticator app, each usable instead of a code.' })
  passkeys: number;
}

@ObjectType({ description: 'A secret to add to an authenticator app; shown once, while setting up.' })
export class SecondFactorEnrolmentView {
  @Field({ description: 'The secret in base32, for typing in by hand.' })
  secret: string;

  @Field({ description: 'The otpauth:// address the QR code holds.' })
  uri: string;

  @Field({ description: 'The QR code as a data: URL (PNG).' })
  qrDataUrl: string;
}
