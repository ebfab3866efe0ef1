import { describe, expect, it } from '@jest/globals';
import { scanSecureValues } from '../../src/engine/secure-values.js';

describe('scanSecureValues', () => {
  it('finds every secure: value under config with its key, path and line; settings stay apart', () => {
    const text = [
      '# a comment',
      'encryptionsalt: v1:abc',
      'config:',
      '  api:plain: x',
      '  api:db:',
      '    secure: v1:one',
      '  api:flow: { secure: v1:two }',
      '  api:nested:',
      '    users:',
      '      - name: a',
      '        password:',
      '          secure: v1:three',
      '  api:notSecure: { secure: v1:x, other: y }',
    ].join('\n');
    expect(scanSecureValues(text)).toEqual({
      settings: { encryptionsalt: 'v1:abc' },
      entries: [
        { key: 'api:db', nested: false, line: 5 },
        { key: 'api:flow', nested: false, line: 7 },
        { key: 'api:nested.users[0].password', nested: true, line: 11 },
      ],
    });
  });

  it('is undefined for text that does not parse or is not a mapping; empty for an empty file', () => {
    expect(scanSecureValues('config: [\n')).toBeUndefined();
    expect(scanSecureValues('- a\n')).toBeUndefined();
    expect(scanSecureValues('')).toEqual({ settings: {}, entries: [] });
  });
});
