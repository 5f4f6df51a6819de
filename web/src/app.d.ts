import type { Viewer } from '#lib/server/viewer.ts';

declare global {
  namespace App {
    interface Locals {
      locale: string;
      sessionToken: string | null;
      viewer: Viewer | null;
    }
  }
}

export {};
