import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ViewerView } from '../account/account.types.js';

@InputType()
export class SignUpInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field()
  password: string;

  @Field({ nullable: true, description: 'Preferred language, e.g. "en" or "fr".' })
  locale?: string;
}

@InputType()
export class LoginInput {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field({ nullable: true, description: 'A shared computer: the session ends with the browser and idles out sooner.' })
  sharedComputer?: boolean;

  @Field({
    nullable: true,
    description: "What the person logs in with (the web passes the browser's User-Agent), for their sessions page.",
  })
  device?: string;
}

@InputType()
export class SecondFactorLoginInput {
  @Field({ description: 'The challenge from the SECOND_FACTOR_REQUIRED error of `login`.' })
  challenge: string;

  @Field({ description: 'A six-digit code from the authenticator app, or a recovery code.' })
  code: string;
}

@ObjectType({ description: 'A started session; the session token itself travels only in the Set-Cookie header.' })
export class AuthPayload {
  @Field(() => ViewerView)
  viewer: ViewerView;
}
