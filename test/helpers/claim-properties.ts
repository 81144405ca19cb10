// The generator and invariants shared with `npm run fuzz`, typed for the tests.
import type fc from 'fast-check';
import type { Claim } from '../../src/schema.js';
import * as shared from '../../scripts/claim-properties.mjs';

export const textArbitrary = shared.textArbitrary as fc.Arbitrary<string>;
export const collapsed = shared.collapsed as (text: string) => string;
export const claimProblems = shared.claimProblems as (claim: Claim, source: string) => string[];
