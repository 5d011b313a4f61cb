// Runs the end-to-end scenarios in Chromium and Firefox: `npm run test:e2e` after `npm run build`.
import { runScenarios } from './harness/runner';
import './scenarios/smoke';
import './scenarios/dom-untouched';
import './scenarios/harness';

process.exitCode = (await runScenarios()) ? 0 : 1;
