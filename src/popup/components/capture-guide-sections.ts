/**
 * The issue-5 sections of the popup (paste box, captured-value sources, guide view, the fill hint) in one
 * chunk, loaded after the first render: the guide texts and paste parsers would otherwise
 * weigh on every popup opening (bench target: popup JS ≤ 30 KB gzip).
 */
import './capture-guide.css';
export { FillHint } from './fill-hint.js';
export { GuideView } from './guide-view.js';
export { CapturedValues, PasteBox } from './paste-box.js';
