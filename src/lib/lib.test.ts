import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { pickLang, t } from '../i18n/catalogue.ts';
import { canonicalJson } from './canonical-json.ts';
import { SecretBox } from './crypto.ts';
import { createLogger } from './log.ts';
import { slugify } from './slugify.ts';

describe('SecretBox', () => {
  const box = new SecretBox('k'.repeat(40));
  it('seals so that only the same key opens, and never the same text twice', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => new SecretBox('x'.repeat(40)).open(sealed)).toThrow();
  });
  it('detects tampering', () => {
    const [v, iv, tag, body] = box.seal('rahasia').split('.');
    const flipped = `${body!.slice(0, -2)}${body!.endsWith('A') ? 'B' : 'A'}${body!.slice(-1)}`;
    expect(() => box.open([v, iv, tag, flipped].join('.'))).toThrow();
  });
});

describe('log lines', () => {
  it('are JSON and hide secrets and personal data by key', () => {
    const lines: string[] = [];
    const log = createLogger('info', (l) => lines.push(l));
    log.debug('hidden below level');
    log.info('sign-in', { user: { email: 'a@b.c', password: 'x', nip: '1' }, path: '/api', headers: { cookie: 'warta_session=abc' } });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'sign-in',
      path: '/api',
      user: { email: '[hidden]', password: '[hidden]', nip: '[hidden]' },
      headers: { cookie: '[hidden]' },
    });
    expect(lines[0]).not.toContain('a@b.c');
  });
});

describe('configuration', () => {
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ WARTA_SECRET_KEY: 'short' })).toThrow(/WARTA_SECRET_KEY/);
  });
  it('has working defaults and reads SMTP', () => {
    const c = loadConfig({ SMTP_HOST: 'mail.local', SMTP_PORT: '465', WARTA_DEMO: '0' });
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://127.0.0.1:3000',
      demo: false,
      smtp: { host: 'mail.local', port: 465, secure: true },
    });
    expect(loadConfig({}).smtp).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"e":2,"f":1}]},"b":1}');
  });
  it('slugify', () => {
    expect(slugify('Informasi dan Komunikasi Publik')).toBe('informasi-dan-komunikasi-publik');
    expect(slugify('  Bidang Pengembangan — Teknis & Fungsional ')).toBe('bidang-pengembangan-teknis-fungsional');
  });
  it('language: Indonesian unless English is asked for', () => {
    expect(pickLang(undefined, undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(pickLang(undefined, undefined, 'en-US,id;q=0.8')).toBe('id');
    expect(pickLang('en', undefined, 'id')).toBe('en');
    expect(pickLang(undefined, 'id', 'en')).toBe('id');
    expect(pickLang(undefined, undefined, undefined)).toBe('id');
    expect(t('en', 'error.rate_limited', { seconds: 5 })).toBe('Too many requests. Try again in 5 seconds.');
  });
  it('counts: English picks one/other by the number (Intl.PluralRules), Indonesian has one form', () => {
    expect(t('en', 'informasi.group.count', { count: 1 })).toBe('1 item');
    expect(t('en', 'informasi.group.count', { count: 2 })).toBe('2 items');
    expect(t('en', 'informasi.group.count', { count: 0 })).toBe('0 items');
    expect(t('en', 'error.rate_limited', { seconds: 1 })).toBe('Too many requests. Try again in 1 second.');
    expect(t('en', 'ppid_portal.emonev.detail.requests', { count: 1, year: 2027 })).toBe('1 request in 2027');
    // The variant is chosen by the parameter the text names, not by any number in it.
    expect(t('en', 'laporan_kip.average', { days: '1', n: 2 })).toBe('Average service time in working days: 1, over 2 decided requests (granted or refused).');
    expect(t('id', 'informasi.group.count', { count: 1 })).toBe('1 informasi');
    expect(t('id', 'informasi.group.count', { count: 2 })).toBe('2 informasi');
  });
});
