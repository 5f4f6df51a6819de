import { describe, expect, it } from 'vitest';
import { contentTypeOf, declaredHtmlCharset } from './declared-charset.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('declaredHtmlCharset', () => {
  it('reads <meta charset> and <meta http-equiv> as the browser does', () => {
    expect(declaredHtmlCharset(bytes('<html><head><meta charset="windows-1252"><title>x</title>'))).toBe('windows-1252');
    expect(declaredHtmlCharset(bytes('<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1"></HEAD>'))).toBe(
      'windows-1252',
    );
    expect(declaredHtmlCharset(bytes('<meta charset=utf-8>'))).toBe('UTF-8');
  });

  it('honours a byte order mark over anything else', () => {
    expect(declaredHtmlCharset(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<meta charset="windows-1252">')]))).toBe('UTF-8');
    expect(declaredHtmlCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('UTF-16LE');
  });

  it('says nothing for a page that declares nothing', () => {
    expect(declaredHtmlCharset(bytes('<html><head><title>Caf\xe9</title></head>'))).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('never adds a charset the file does not declare', () => {
    expect(contentTypeOf('sco/page.html', null)).toBe('text/html');
    expect(contentTypeOf('sco/page.htm', 'windows-1252')).toBe('text/html; charset=windows-1252');
    expect(contentTypeOf('sco/app.js', null)).toBe('text/javascript');
    expect(contentTypeOf('sco/style.css', null)).toBe('text/css');
    expect(contentTypeOf('sco/unknown.bin2', null)).toBe('application/octet-stream');
  });
});
