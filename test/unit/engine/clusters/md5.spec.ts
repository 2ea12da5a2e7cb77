import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { clusterId } from '../../../../src/engine/clusters';
import { md5Hex } from '../../../../src/engine/lib/md5';

describe('md5Hex', () => {
  it('matches the RFC 1321 test vectors', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5Hex('1234567890'.repeat(8))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });
  it('agrees with node:crypto on any string (UTF-8)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), s => {
        expect(md5Hex(s)).toBe(createHash('md5').update(s, 'utf8').digest('hex'));
      }),
    );
  });
});

describe('clusterId', () => {
  it('is the first 12 hex digits of the MD5 of the sorted ids joined by commas', () => {
    expect(clusterId(['a', 'b'])).toBe(createHash('md5').update('a,b').digest('hex').slice(0, 12));
  });
});
