import { INTERFACE_LOCALES, type InterfaceLocale } from '../account/interface-locales.js';
import { DRAFT_MAIL_TEXT, DRAFT_ROLE_NAMES } from './mail-translations.js';

/**
 * The text of every mail, per language, kept here rather than in the web's catalogue: mails are written
 * by the worker in the recipient's stored language, long after any request. `{name}` marks a value.
 * French is a draft (see web/src/lib/i18n/messages/README.md).
 */
export type { MailKind, MailText } from './mail-kind.js';
import type { MailKind, MailText } from './mail-kind.js';

/** Mails speak every interface language; all but English are drafts (French and mail-translations.ts). */
export const MAIL_LOCALES = INTERFACE_LOCALES;
export type MailLocale = InterfaceLocale;

const en: Record<MailKind, MailText> = {
  password_reset: {
    subject: 'Reset your Kinship password',
    paragraphs: ['Hello {name},', 'Someone asked to reset the password of your Kinship account. To choose a new password, open this link:'],
    action: 'Choose a new password',
    footer: [
      'The link works once, for {lifetime}.',
      'If you did not ask for this, you can ignore this e-mail: your password stays as it is.',
    ],
  },
  email_verification: {
    subject: 'Confirm your e-mail address for Kinship',
    paragraphs: ['Hello {name},', 'Welcome to Kinship. Please confirm that this e-mail address is yours:'],
    action: 'Confirm my e-mail address',
    footer: ['The link works once, for {lifetime}.', 'If you did not make a Kinship account, you can ignore this e-mail.'],
  },
  email_change: {
    subject: 'Confirm your new e-mail address for Kinship',
    paragraphs: ['Hello {name},', 'You asked to use this address for your Kinship account. Please confirm the change:'],
    action: 'Use this e-mail address',
    footer: ['The link works once, for {lifetime}.', 'If you did not ask for this, you can ignore this e-mail and nothing will change.'],
  },
  invitation: {
    subject: 'You are invited to {organisation} on Kinship',
    paragraphs: ['Hello,', '{inviter} invited you to join {organisation} on Kinship as {role}.'],
    action: 'Accept the invitation',
    footer: ['The link works once, for {lifetime}.', 'If you do not know this organisation, you can ignore this e-mail.'],
  },
  password_changed: {
    subject: 'Your Kinship password was changed',
    paragraphs: ['Hello {name},', 'The password of your Kinship account was just changed, and your other sessions were logged out.'],
    footer: ['If this was not you, reset your password at once from the log-in page ({webUrl}/forgot-password).'],
  },
  email_changed: {
    subject: 'The e-mail address of your Kinship account was changed',
    paragraphs: [
      'Hello {name},',
      'Your Kinship account now uses another e-mail address: {newEmail}. This address will no longer receive mail from us.',
    ],
    footer: ['If this was not you, please contact the person who runs Kinship for your organisation.'],
  },
  scheduled_report: {
    subject: 'The {frequencyWord} completion report of {organisation} is ready',
    paragraphs: [
      'Hello {name},',
      'The {frequencyWord} completion report of {organisation} is ready. It is not attached to this e-mail: open the link and log in to Kinship to download it.',
    ],
    action: 'Open the report',
    footer: [
      'The link works for {lifetime}, only for you and only once you are logged in.',
      'If you should not receive this report, please tell a partner administrator of {organisation}.',
    ],
  },
};

const fr: Record<MailKind, MailText> = {
  password_reset: {
    subject: 'Réinitialiser votre mot de passe Kinship',
    paragraphs: [
      'Bonjour {name},',
      'Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Kinship. Pour choisir un nouveau mot de passe, ouvrez ce lien :',
    ],
    action: 'Choisir un nouveau mot de passe',
    footer: [
      'Le lien ne fonctionne qu’une fois, pendant {lifetime}.',
      'Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe ne change pas.',
    ],
  },
  email_verification: {
    subject: 'Confirmez votre adresse courriel pour Kinship',
    paragraphs: ['Bonjour {name},', 'Bienvenue sur Kinship. Veuillez confirmer que cette adresse courriel est la vôtre :'],
    action: 'Confirmer mon adresse courriel',
    footer: ['Le lien ne fonctionne qu’une fois, pendant {lifetime}.', 'Si vous n’avez pas créé de compte Kinship, ignorez ce courriel.'],
  },
  email_change: {
    subject: 'Confirmez votre nouvelle adresse courriel pour Kinship',
    paragraphs: [
      'Bonjour {name},',
      'Vous avez demandé à utiliser cette adresse pour votre compte Kinship. Veuillez confirmer le changement :',
    ],
    action: 'Utiliser cette adresse',
    footer: [
      'Le lien ne fonctionne qu’une fois, pendant {lifetime}.',
      'Si vous n’avez rien demandé, ignorez ce courriel : rien ne changera.',
    ],
  },
  invitation: {
    subject: 'Invitation à rejoindre {organisation} sur Kinship',
    paragraphs: ['Bonjour,', '{inviter} vous invite à rejoindre {organisation} sur Kinship en tant que {role}.'],
    action: 'Accepter l’invitation',
    footer: ['Le lien ne fonctionne qu’une fois, pendant {lifetime}.', 'Si vous ne connaissez pas cet organisme, ignorez ce courriel.'],
  },
  password_changed: {
    subject: 'Votre mot de passe Kinship a été changé',
    paragraphs: ['Bonjour {name},', 'Le mot de passe de votre compte Kinship vient d’être changé, et vos autres sessions ont été fermées.'],
    footer: [
      'Si ce n’était pas vous, réinitialisez tout de suite votre mot de passe depuis la page de connexion ({webUrl}/forgot-password).',
    ],
  },
  email_changed: {
    subject: 'L’adresse courriel de votre compte Kinship a été changée',
    paragraphs: [
      'Bonjour {name},',
      'Votre compte Kinship utilise désormais une autre adresse : {newEmail}. Cette adresse-ci ne recevra plus nos courriels.',
    ],
    footer: ['Si ce n’était pas vous, contactez la personne qui gère Kinship pour votre organisme.'],
  },
  scheduled_report: {
    subject: 'Rapport d’achèvement {frequencyWord} de {organisation}',
    paragraphs: [
      'Bonjour {name},',
      'Le rapport d’achèvement {frequencyWord} de {organisation} est prêt. Il n’est pas joint à ce courriel : ouvrez le lien et connectez-vous à Kinship pour le télécharger.',
    ],
    action: 'Ouvrir le rapport',
    footer: [
      'Le lien fonctionne pendant {lifetime}, pour vous seulement et une fois connecté·e.',
      'Si vous ne devriez pas recevoir ce rapport, veuillez le signaler à une personne qui administre {organisation}.',
    ],
  },
};

export const MAIL_TEXT: Record<MailLocale, Record<MailKind, MailText>> = { en, fr, ...DRAFT_MAIL_TEXT };

/** Role names as an invitation prints them. */
export const ROLE_NAMES: Record<MailLocale, Record<string, string>> = {
  en: {
    teacher: 'a teacher',
    trainer: 'a trainer',
    partner_admin: 'a partner administrator',
    learner: 'a learner',
    admin: 'an administrator',
  },
  fr: {
    teacher: 'enseignant·e',
    trainer: 'formateur·rice',
    partner_admin: 'administrateur·rice partenaire',
    learner: 'apprenant·e',
    admin: 'administrateur·rice',
  },
  ...DRAFT_ROLE_NAMES,
};
