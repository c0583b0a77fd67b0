import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One piece of FR text as written in the source: a string, or the text between a template's `${}`. */
export interface FrLiteral {
  /** `src/records/validate.ts:23`, for the failure message. */
  where: string;
  text: string;
}

/** The .ts and .tsx files under `directory`, tests excepted. */
export function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(directory, file))
    .sort();
}

/**
 * Every literal written under an `fr:` property of `file`. Read from the source because most of our
 * messages are functions of what went wrong: importing them gives no text without the right inputs,
 * while their template parts (`«\u00a0${name}\u00a0» n’est pas…`) are all here. Code between the `${}`
 * is skipped, but the strings inside it (`${n > 1 ? 'sont' : 'est'}`) are FR too and are kept.
 */
export function frLiterals(file: string, root: string): FrLiteral[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: FrLiteral[] = [];
  const keep = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ where: `${relative(root, file)}:${line}`, text });
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
