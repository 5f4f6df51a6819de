import { describe, expect, it } from 'vitest';
import { InvalidEnvironmentError, loadEnv, siteOf } from './env.js';

const production = {
  NODE_ENV: 'production',
  CONTENT_SIGNING_KEY: 'a-real-secret-of-at-least-32-characters-0123',
  REPORT_LINK_SIGNING_KEY: 'another-real-secret-of-at-least-32-characters',
};

describe('start-up checks of the environment', () => {
  it('refuses a content origin on the same site as the platform, subdomains included', () => {
    const sameSite = [
      ['http://localhost:3000', 'http://localhost:4100'],
      ['https://kinship.example.org', 'https://content.kinship.example.org'],
      ['https://learn.example.org', 'https://content.example.org:8443'],
    ];
    for (const [WEB_URL, CONTENT_URL] of sameSite)
      expect(() => loadEnv({ WEB_URL, CONTENT_URL }), CONTENT_URL).toThrow(/CONTENT_URL: must be on another site/);
    // github.io-style public suffixes make each subdomain its own site.
    expect(() => loadEnv({ WEB_URL: 'https://kinship.github.io', CONTENT_URL: 'https://kinship-content.github.io' })).not.toThrow();
    expect(() => loadEnv({ WEB_URL: 'https://kinship.example.org', CONTENT_URL: 'https://kinship-content.example.net' })).not.toThrow();
    expect(() => loadEnv({ WEB_URL: 'http://localhost:3000', CONTENT_URL: 'http://127.0.0.1:4100' })).not.toThrow();
  });

  it('refuses a missing, short or well-known signing key in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/CONTENT_SIGNING_KEY: set a secret of your own/);
    expect(() => loadEnv({ ...production, CONTENT_SIGNING_KEY: 'local-docker-trial-key-set-your-own-secret' })).toThrow(
      InvalidEnvironmentError,
    );
    expect(() => loadEnv({ ...production, CONTENT_SIGNING_KEY: 'too short' })).toThrow(/CONTENT_SIGNING_KEY/);
    expect(() => loadEnv({ ...production, REPORT_LINK_SIGNING_KEY: undefined })).toThrow(
      /REPORT_LINK_SIGNING_KEY: set a secret of your own/,
    );
    expect(loadEnv(production).CONTENT_SIGNING_KEY).toBe(production.CONTENT_SIGNING_KEY);
  });

  it('names sites by their registrable domain', () => {
    expect(siteOf('https://a.b.example.co.uk/x')).toBe('example.co.uk');
    expect(siteOf('http://127.0.0.1:4100')).toBe('127.0.0.1');
    expect(siteOf('http://localhost:3000')).toBe('localhost');
  });
});
