import { describe, expect, it } from 'vitest';
import { toPublicUrl } from '../../../scripts/oembed/toPublicUrl';

describe('toPublicUrl(value)', () => {
  it('keeps an https base URL ending in /', () => {
    expect(toPublicUrl('https://maps.example/')).toBe('https://maps.example/');
  });
  it('adds the trailing / to a sub-path, so relative file names resolve inside it', () => {
    expect(toPublicUrl('https://maps.example/qantar')).toBe('https://maps.example/qantar/');
  });
  it('normalises as the URL standard does (host lower-cased, default port dropped)', () => {
    expect(toPublicUrl('HTTPS://Maps.Example:443/q/')).toBe('https://maps.example/q/');
  });
  it('allows http only on the local machine', () => {
    expect(toPublicUrl('http://127.0.0.1:4370/')).toBe('http://127.0.0.1:4370/');
    expect(toPublicUrl('http://localhost:8080')).toBe('http://localhost:8080/');
  });
  it.each([
    'http://maps.example/',
    'ftp://maps.example/',
    'javascript:alert(1)//',
    'maps.example',
    '/qantar/',
    '',
    ' https://maps.example/',
    'https://user:pw@maps.example/',
    'https://maps.example/?embed=1',
    'https://maps.example/#map',
    'http://127.0.0.1.evil.example/',
  ])('stops the build on %j with a message naming QM_PUBLIC_URL', (value) => {
    expect(() => toPublicUrl(value)).toThrow(/^QM_PUBLIC_URL: .* https URL/);
  });
});
