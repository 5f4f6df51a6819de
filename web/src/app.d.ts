import type { Locale } from '#lib/i18n/index.ts';
import type { Viewer } from '#lib/server/viewer.ts';

declare global {
  namespace App {
    interface Locals {
      locale: Locale;
      sessionToken: string | null;
      viewer: Viewer | null;
    }
  }
}

export {};
