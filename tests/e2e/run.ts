// Runs the end-to-end scenarios in Chromium and Firefox: `npm run test:e2e` after `npm run build`.
import { runScenarios } from './harness/runner';
import './scenarios/smoke';
import './scenarios/dom-untouched';
import './scenarios/harness-checks';
import './scenarios/strict-csp';
import './scenarios/card-open';
import './scenarios/card-on-demand';
import './scenarios/card-hover';
import './scenarios/card-keyboard';
import './scenarios/card-layout';
import './scenarios/article-page';
import './scenarios/popup-page';
import './scenarios/popup-settings';
import './scenarios/popup-screens';
import './scenarios/library-page';
import './scenarios/library-everywhere';
import './scenarios/highlighter-split';
import './scenarios/highlighter-shadow';
import './scenarios/highlighter-inputs';
import './scenarios/highlighter-dynamic';
import './scenarios/highlighter-react';
import './scenarios/highlighter-hostile';
import './scenarios/highlighter-languages';
import './scenarios/frames-cards';
import './scenarios/frames-popup';

process.exitCode = (await runScenarios()) ? 0 : 1;
