import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isMicroversionError } from './errors.js';
import { compareMicroversions, microversionHeaders, negotiateMicroversion, parseMicroversion } from './microversion.js';

describe('microversions', () => {
  it('parses and compares numerically, not as text', () => {
    expect(parseMicroversion('2.79')).toEqual({ major: 2, minor: 79 });
    expect(compareMicroversions('2.9', '2.10')).toBeLessThan(0);
    expect(() => parseMicroversion('2')).toThrow(/MAJOR\.MINOR/);
    expect(() => parseMicroversion('v2.1')).toThrow(TypeError);
  });

  it('negotiates the highest common version', () => {
    expect(negotiateMicroversion({ min: '2.1', max: '2.90' }, { min: '2.1', max: '2.93' })).toBe('2.90');
    expect(negotiateMicroversion({ min: '2.1', max: '2.100' }, { min: '2.1', max: '2.93' })).toBe('2.93');
    const error = (() => {
      try {
        return negotiateMicroversion({ min: '2.95', max: '2.100' }, { min: '2.1', max: '2.93' });
      } catch (e) {
        return e;
      }
    })();
    expect(isMicroversionError(error)).toBe(true);
    expect((error as Error).message).toBe('No common microversion: the client supports 2.95..2.100, the server 2.1..2.93');
  });

  it('property: the negotiated version lies in both ranges', () => {
    const version = fc.tuple(fc.constant(2), fc.integer({ min: 0, max: 120 }));
    fc.assert(
      fc.property(version, version, version, version, (a, b, c, d) => {
        const [wmin, wmax] = [a, b].sort((x, y) => x[1] - y[1]).map(([M, m]) => `${String(M)}.${String(m)}`) as [string, string];
        const [smin, smax] = [c, d].sort((x, y) => x[1] - y[1]).map(([M, m]) => `${String(M)}.${String(m)}`) as [string, string];
        try {
          const v = negotiateMicroversion({ min: wmin, max: wmax }, { min: smin, max: smax });
          for (const [lo, hi] of [[wmin, wmax], [smin, smax]] as const) {
            expect(compareMicroversions(v, lo)).toBeGreaterThanOrEqual(0);
            expect(compareMicroversions(v, hi)).toBeLessThanOrEqual(0);
          }
        } catch (error) {
          expect(isMicroversionError(error)).toBe(true);
          expect(compareMicroversions(wmax, smin) < 0 || compareMicroversions(smax, wmin) < 0).toBe(true);
        }
      }),
    );
  });

  it('sends each service its own header', () => {
    expect(microversionHeaders('compute', '2.79')).toEqual({ 'X-OpenStack-Nova-API-Version': '2.79', 'OpenStack-API-Version': 'compute 2.79' });
    expect(microversionHeaders('block-storage', '3.60')).toEqual({ 'OpenStack-API-Version': 'volume 3.60' });
    expect(microversionHeaders('placement', '1.30')).toEqual({ 'OpenStack-API-Version': 'placement 1.30' });
    expect(microversionHeaders('baremetal', '1.78')).toEqual({ 'X-OpenStack-Ironic-API-Version': '1.78' });
    expect(microversionHeaders('shared-file-system', '2.65')).toEqual({ 'X-OpenStack-Manila-API-Version': '2.65' });
    expect(microversionHeaders('container-infrastructure-management', '1.10')).toEqual({ 'OpenStack-API-Version': 'container-infra 1.10' });
    expect(microversionHeaders('compute', 'latest')).toEqual({ 'X-OpenStack-Nova-API-Version': 'latest', 'OpenStack-API-Version': 'compute latest' });
  });
});
