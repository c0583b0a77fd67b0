import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One piece of FR text as written in the source: a string, or the text between a template's `${}`. */
export interface FrLiteral {
  /** `src/records/validate.ts:23`, for the failure message. */
  where: string;
  text: string;
  /**
   * True when the toolkit renders it: the literal sits in the arguments of localized(), format(),
   * typeset() or textTable(), or in a constant of the file that is passed to one of them.
   */
  rendered: boolean;
}

/**
 * The calls that apply French typography to what they are given: src/i18n/'s, and the builders
 * that typeset what they build: registrarGuide() (a site's words), ovhPanelGuide() (a guide of
 * the OVHcloud panel) and ovhPlatformService() (a service of an OVHcloud platform).
 */
const TOOLKIT = new Set(['localized', 'format', 'typeset', 'textTable', 'registrarGuide', 'ovhPanelGuide', 'ovhPlatformService']);
/** Data types whose every value the toolkit renders where it is gathered (src/sites/guides.ts: registrarGuide). */
const RENDERED_DATA_TYPES = new Set(['SiteGuideWords']);

/** The .ts and .tsx files under `directory`, tests excepted. */
export function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(directory, file))
    .sort();
}

const isToolkitCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && TOOLKIT.has(node.expression.text);

/** Names of the file's constants handed to the toolkit: `textTable(TABLE)`, `localized(EXIT_CODES)`, `{ ...UI_TEXT }`. */
function constantsGivenToToolkit(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, collect);
  };
  const visit = (node: ts.Node): void => {
    if (isToolkitCall(node)) node.arguments.forEach(collect);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function topLevelConstant(node: ts.Node): ts.VariableDeclaration | undefined {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name) && ts.isSourceFile(at.parent.parent.parent)) return at;
  }
  return undefined;
}

const isRenderedData = (constant: ts.VariableDeclaration): boolean =>
  constant.type !== undefined && ts.isTypeReferenceNode(constant.type) && RENDERED_DATA_TYPES.has(constant.type.typeName.getText());

function insideToolkitCall(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) if (isToolkitCall(at)) return true;
  return false;
}

/** Every string and template text of `file` (not its patterns), wherever it is. */
export function textLiterals(file: string, root: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ where: `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every literal written under an `fr:` property of `file`. Read from the source because most of our
 * messages are functions of what went wrong: importing them gives no text without the right inputs,
 * while their templates are all here. Code between a template's `${}` is skipped, but the strings
 * inside it (`${n > 1 ? 'sont' : 'est'}`) are FR too and are kept.
 */
export function frLiterals(file: string, root: string): FrLiteral[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const given = constantsGivenToToolkit(source);
  const found: FrLiteral[] = [];
  const keep = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const constant = topLevelConstant(node);
    const rendered = insideToolkitCall(node) || (constant !== undefined && (given.has(constant.name.getText(source)) || isRenderedData(constant)));
    found.push({ where: `${relative(root, file)}:${line}`, text, rendered });
  };
  const visit = (node: ts.Node, inFr: boolean): void => {
    const isFr = inFr || (ts.isPropertyAssignment(node) && node.name.getText(source) === 'fr');
    if (isFr && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) keep(node, node.text);
    if (isFr && ts.isTemplateExpression(node)) {
      keep(node.head, node.head.text);
      for (const span of node.templateSpans) keep(span.literal, span.literal.text);
    }
    ts.forEachChild(node, (child) => visit(child, isFr));
  };
  visit(source, false);
  return found;
}
