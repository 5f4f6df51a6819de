import { invalidInput } from '../common/domain-error.js';

export const notYourself = () =>
  invalidInput('ADMIN_NOT_ON_YOURSELF', 'You cannot do this to your own account; ask another platform admin.');

export const organisationNameInvalid = () =>
  invalidInput('ORGANISATION_NAME_INVALID', 'Please give the organisation a name of 2 to 120 characters.', { min: 2, max: 120 });
