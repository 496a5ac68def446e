/**
 * The build tier's second build (test/run-tiers.ts): the site as deployed at DEPLOYED, into .out/deployed/ —
 * made once per state of the sources (deployedBuild()), then reused by the browser tier.
 */
import { deployedBuild } from './browser/helpers';

console.log(`deployed build: ${deployedBuild()}`);
